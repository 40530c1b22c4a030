using TrafficCqrs.Domain.Identifiers;
namespace TrafficCqrs.Domain.Vehicles;

/// <summary>The last inspection a station certified.</summary>
public sealed record InspectionResult(string StationCode, string StationProvince, bool Passed, DateOnly InspectedOn);

/// <summary>
/// The state vehicle decisions need, rebuilt from the vehicle's events. Immutable: each event gives
/// a new state.
/// </summary>
public sealed record Vehicle
{
    public Guid Id { get; init; }

    /// <summary>The version of the stream this state was built from (set by the event store).</summary>
    public long Version { get; init; }
    public string Vin { get; init; } = "";
    public string OwnerIdNumber { get; init; } = "";
    public DateOnly OwnerSince { get; init; }
    public VehicleKind Kind { get; init; }
    public VehicleUse Use { get; init; }
    public int Seats { get; init; }
    /// <summary>The plate number; null while transferred out (on a temporary plate).</summary>
    public string? Plate { get; init; }
    /// <summary>Since when the current owner has used the current number (for keeping it on sale).</summary>
    public DateOnly PlateSince { get; init; }
    public string Office { get; init; } = "";
    /// <summary>The province the vehicle is registered in (its plate's province character).</summary>
    public string HomeProvince { get; init; } = "";
    public DateOnly RegisteredOn { get; init; }
    public VehicleStatus Status { get; init; }
    public DateOnly InspectionDue { get; init; }
    public InspectionResult? LastInspection { get; init; }
    public string? MortgageLender { get; init; }
    public bool Seized { get; init; }
    public bool Stolen { get; init; }
    public string? DestinationOffice { get; init; }
    public string? TemporaryPlate { get; init; }

    public bool IsMortgaged => MortgageLender is not null;

    public static Vehicle Create(VehicleRegistered e) => new()
    {
        Id = e.VehicleId,
        Vin = e.Vin,
        OwnerIdNumber = e.OwnerIdNumber,
        OwnerSince = e.RegisteredOn,
        Kind = e.Kind,
        Use = e.Use,
        Seats = e.Seats,
        Plate = e.Plate,
        PlateSince = e.RegisteredOn,
        Office = e.Office,
        HomeProvince = PlateNumber.ProvinceOf(e.Plate),
        RegisteredOn = e.RegisteredOn,
        Status = VehicleStatus.Registered,
        InspectionDue = e.InspectionDue,
    };

    public Vehicle Apply(VehicleOwnershipTransferred e)
    {
        var day = OfficeCalendar.Today(e.TransferredAt);
        return this with
        {
            OwnerIdNumber = e.BuyerIdNumber,
            OwnerSince = day,
            Plate = e.Plate,
            // The buyer's use of the number starts now, whether or not the number changed.
            PlateSince = day,
        };
    }

    public Vehicle Apply(VehicleTransferredOut e) => this with
    {
        Status = VehicleStatus.TransferredOut,
        Plate = null,
        DestinationOffice = e.DestinationOffice,
        TemporaryPlate = e.TemporaryPlate,
    };

    public Vehicle Apply(VehicleTransferredIn e) => this with
    {
        Status = VehicleStatus.Registered,
        Office = e.Office,
        OwnerIdNumber = e.OwnerIdNumber,
        OwnerSince = e.OwnerIdNumber == OwnerIdNumber ? OwnerSince : OfficeCalendar.Today(e.TransferredInAt),
        Plate = e.Plate,
        PlateSince = OfficeCalendar.Today(e.TransferredInAt),
        HomeProvince = PlateNumber.ProvinceOf(e.Plate),
        DestinationOffice = null,
        TemporaryPlate = null,
    };

    public Vehicle Apply(VehicleInspected e) =>
        this with { LastInspection = new InspectionResult(e.StationCode, e.StationProvince, e.Passed, e.InspectedOn) };

    public Vehicle Apply(InspectionStickerIssued e) => this with { InspectionDue = e.ValidUntil };
    public Vehicle Apply(VehiclePlateReplaced e) => this;
    public Vehicle Apply(VehicleLicenceReplaced e) => this;
    public Vehicle Apply(RegistrationCertificateReplaced e) => this;
    public Vehicle Apply(InspectionStickerReplaced e) => this;
    public Vehicle Apply(VehicleMortgaged e) => this with { MortgageLender = e.Lender };
    public Vehicle Apply(VehicleMortgageReleased e) => this with { MortgageLender = null };
    public Vehicle Apply(VehicleSeized e) => this with { Seized = true };
    public Vehicle Apply(VehicleSeizureReleased e) => this with { Seized = false };
    public Vehicle Apply(VehicleReportedStolen e) => this with { Stolen = true };
    public Vehicle Apply(VehicleRecovered e) => this with { Stolen = false };

    public Vehicle Apply(VehicleDeregistered e) => this with { Status = VehicleStatus.Deregistered, Plate = null };
}
