namespace TrafficCqrs.Domain.Vehicles;

/// <summary>
/// When a vehicle must be inspected (检验周期), by kind, use and age; which vehicles may skip the
/// station (免检); when a sticker may be applied for; where a vehicle may be inspected. Every number
/// of the inspection rules lives here.
/// </summary>
public static class InspectionSchedule
{
    /// <summary>A sticker may be applied for from this many months before the inspection falls due.</summary>
    public const int StickerWindowMonths = 3;

    /// <summary>Exempt vehicles skip the station while the due date is less than this many months after registration (6 years).</summary>
    public const int ExemptUntilAgeMonths = 72;

    /// <summary>The most seats an exempt car may have (7–9 seats included since 2020).</summary>
    public const int ExemptMaxSeats = 9;

    // (age in months below which the interval applies, interval in months), in age order.
    private static readonly (int UntilAge, int Interval)[] PrivateSmallCar = [(72, 24), (180, 12), (int.MaxValue, 6)];
    private static readonly (int UntilAge, int Interval)[] CommercialPassenger = [(60, 12), (int.MaxValue, 6)];
    private static readonly (int UntilAge, int Interval)[] TruckOrBus = [(120, 12), (int.MaxValue, 6)];
    private static readonly (int UntilAge, int Interval)[] Motorcycle = [(48, 24), (int.MaxValue, 12)];

    /// <summary>Months until the next inspection, for a vehicle of this age (in months) at its current due date.</summary>
    public static int IntervalMonths(VehicleKind kind, VehicleUse use, int ageMonths)
    {
        var stages = (kind, use) switch
        {
            (VehicleKind.Motorcycle, _) => Motorcycle,
            (VehicleKind.SmallCar, VehicleUse.Private) => PrivateSmallCar,
            (VehicleKind.Truck, _) => TruckOrBus,
            (VehicleKind.SchoolBus, _) or (_, VehicleUse.Commercial) => CommercialPassenger,
            _ => TruckOrBus, // private medium and large buses
        };
        return stages.First(s => ageMonths < s.UntilAge).Interval;
    }

    /// <summary>The first inspection due date after registration.</summary>
    public static DateOnly FirstDue(VehicleKind kind, VehicleUse use, DateOnly registeredOn) =>
        registeredOn.AddMonths(IntervalMonths(kind, use, 0));

    /// <summary>The due date that follows <paramref name="currentDue"/> once the vehicle has passed (or been exempted).</summary>
    public static DateOnly NextDue(VehicleKind kind, VehicleUse use, DateOnly registeredOn, DateOnly currentDue) =>
        currentDue.AddMonths(IntervalMonths(kind, use, AgeMonths(registeredOn, currentDue)));

    /// <summary>
    /// Private small and mini passenger cars of up to 9 seats whose inspection falls due before
    /// the 6th year (so in years 2 and 4) get the sticker without a station.
    /// </summary>
    public static bool IsExempt(VehicleKind kind, VehicleUse use, int seats, DateOnly registeredOn, DateOnly due) =>
        IsExemptKind(kind, use, seats) && AgeMonths(registeredOn, due) < ExemptUntilAgeMonths;

    /// <summary>Whether the vehicle is of a kind that can be exempt at all.</summary>
    public static bool IsExemptKind(VehicleKind kind, VehicleUse use, int seats) =>
        kind == VehicleKind.SmallCar && use == VehicleUse.Private && seats <= ExemptMaxSeats;

    /// <summary>The first day a sticker may be applied for.</summary>
    public static DateOnly WindowOpens(DateOnly due) => due.AddMonths(-StickerWindowMonths);

    /// <summary>全国通检: any vehicle but large buses and school buses may be inspected outside its home province.</summary>
    public static bool MayBeInspectedAwayFromHome(VehicleKind kind) =>
        kind is not (VehicleKind.LargeBus or VehicleKind.SchoolBus);

    public static int AgeMonths(DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        return to.Day < from.Day && to != from.AddMonths(months) ? months - 1 : months;
    }
}
