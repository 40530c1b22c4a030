using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Domain.Tests.Vehicles;

/// <summary>Builds a vehicle's state from the events it has had (the Given of a test).</summary>
internal static class VehicleHistory
{
    public const string TheVin = "LSVAU218XN2183294";
    public const string Owner = "11010519491231002X";
    public const string Buyer = "610102198511204563";
    public const string Office = "610100";
    public const string ThePlate = "陕A12345";
    public static readonly Guid Id = VehicleKeys.Vehicle(TheVin);

    /// <summary>10:00 China Standard Time on that day.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    public static VehicleRegistered Registered(DateOnly on, VehicleKind kind = VehicleKind.SmallCar,
        VehicleUse use = VehicleUse.Private, int seats = 5, string plate = ThePlate) =>
        new(Id, TheVin, Owner, kind, use, seats, plate, Office, on, InspectionSchedule.FirstDue(kind, use, on), At(on));

    public static InspectionStickerIssued Sticker(DateOnly previousDue, DateOnly validUntil,
        StickerMode mode = StickerMode.Exempt) =>
        new(Id, TheVin, mode, previousDue, validUntil, null, validUntil, At(previousDue.AddMonths(-1)));

    public static VehicleInspected Inspected(DateOnly on, bool passed = true, string station = "S-XA-01",
        string province = "陕") => new(Id, TheVin, station, province, passed, on, At(on));

    public static Vehicle Given(VehicleRegistered registered, params object[] events) =>
        events.Aggregate(Vehicle.Create(registered), Apply);

    /// <summary>One event onto the state, as the live aggregation does.</summary>
    public static Vehicle Apply(Vehicle state, object e) => e switch
    {
        VehicleOwnershipTransferred x => state.Apply(x),
        VehicleTransferredOut x => state.Apply(x),
        VehicleTransferredIn x => state.Apply(x),
        VehicleInspected x => state.Apply(x),
        InspectionStickerIssued x => state.Apply(x),
        VehiclePlateReplaced x => state.Apply(x),
        VehicleLicenceReplaced x => state.Apply(x),
        RegistrationCertificateReplaced x => state.Apply(x),
        InspectionStickerReplaced x => state.Apply(x),
        VehicleMortgaged x => state.Apply(x),
        VehicleMortgageReleased x => state.Apply(x),
        VehicleSeized x => state.Apply(x),
        VehicleSeizureReleased x => state.Apply(x),
        VehicleReportedStolen x => state.Apply(x),
        VehicleRecovered x => state.Apply(x),
        VehicleDeregistered x => state.Apply(x),
        _ => throw new ArgumentException(e.GetType().Name),
    };

    public static InspectionStation Station(string code = "S-XA-01", string province = "陕", bool recognised = true)
    {
        var station = InspectionStation.Create(new StationRecognised(VehicleKeys.Station(code), code, "Station " + code,
            province, DateTimeOffset.UnixEpoch));
        return recognised
            ? station
            : station.Apply(new StationRecognitionRevoked(station.Id, code, "false results", DateTimeOffset.UnixEpoch));
    }
}
