using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Vehicles;

/// <summary>
/// Plate numbers (号牌号码): chosen from the numbers offered to an applicant, held by one vehicle at a
/// time, kept by a seller for a while, returned to the pool.
/// </summary>
public static class PlateRules
{
    public const string NotOffered = "plate.not_offered";
    public const string Taken = "plate.taken";
    public const string NotSelectedForVehicle = "plate.not_selected_for_vehicle";
    public const string RetentionExpired = "plate.retention_expired";

    /// <summary>How many numbers an applicant is offered to choose from.</summary>
    public const int OfferSize = 5;

    /// <summary>A number kept by a seller must be claimed for another vehicle within this many years.</summary>
    public const int RetentionYears = 2;

    public static PlateSelected Select(Plate? current, string number, string vin, string applicantIdNumber,
        Guid offerId, IReadOnlyCollection<string> offered, DateTimeOffset now)
    {
        if (!offered.Contains(number))
            throw new DomainRuleException(NotOffered, $"{number} was not among the numbers offered to the applicant.");
        if (current is not null && !current.IsFreeOn(OfficeCalendar.Today(now)))
            throw new DomainRuleException(Taken, $"{number} is no longer free.");
        return new PlateSelected(VehicleKeys.Plate(number), number, vin, applicantIdNumber, offerId, now);
    }

    /// <summary>The number goes on a vehicle: one the owner selected for it, or one the owner kept.</summary>
    public static PlateAssigned Assign(Plate? current, string number, Guid vehicleId, string vin,
        string ownerIdNumber, DateTimeOffset now)
    {
        var today = OfficeCalendar.Today(now);
        var mayTake = current switch
        {
            { Status: PlateStatus.Selected } p => p.Vin == vin && p.HolderIdNumber == ownerIdNumber,
            { Status: PlateStatus.Retained } p when p.HolderIdNumber == ownerIdNumber =>
                p.RetainedUntil >= today
                    ? true
                    : throw new DomainRuleException(RetentionExpired,
                        $"{number} was kept until {p.RetainedUntil:yyyy-MM-dd}; it has returned to the pool."),
            _ => false,
        };
        if (!mayTake)
            throw new DomainRuleException(NotSelectedForVehicle,
                $"{number} was not selected by the owner for vehicle {vin}.");
        return new PlateAssigned(current!.Id, number, vehicleId, vin, ownerIdNumber, now);
    }

    public static PlateRetained Retain(Plate current, string sellerIdNumber, DateTimeOffset now) =>
        new(current.Id, current.Number, sellerIdNumber, OfficeCalendar.Today(now).AddYears(RetentionYears), now);

    public static PlateReleased Release(Plate current, string reason, DateTimeOffset now) =>
        new(current.Id, current.Number, reason, now);
}
