namespace TrafficCqrs.Domain.Vehicles;

public enum PlateStatus
{
    Free,      // back in the pool
    Selected,  // chosen by an applicant for a vehicle not yet on it
    Assigned,  // on a vehicle
    Retained,  // kept by a former owner for a later vehicle, until a deadline
}

/// <summary>The state of one plate number, rebuilt from its stream.</summary>
public sealed record Plate
{
    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public PlateStatus Status { get; init; }
    /// <summary>The VIN it was selected for or is on.</summary>
    public string? Vin { get; init; }
    /// <summary>Who selected, owns or retains it.</summary>
    public string? HolderIdNumber { get; init; }
    public DateOnly? RetainedUntil { get; init; }

    /// <summary>Free, or retained past its deadline (a retained number not claimed in time returns to the pool).</summary>
    public bool IsFreeOn(DateOnly day) =>
        Status == PlateStatus.Free || (Status == PlateStatus.Retained && RetainedUntil < day);

    public static Plate Create(PlateSelected e) => new()
    {
        Id = e.PlateId, Number = e.Number, Status = PlateStatus.Selected, Vin = e.Vin,
        HolderIdNumber = e.ApplicantIdNumber,
    };

    public Plate Apply(PlateSelected e) => this with
    {
        Status = PlateStatus.Selected, Vin = e.Vin, HolderIdNumber = e.ApplicantIdNumber, RetainedUntil = null,
    };

    public Plate Apply(PlateAssigned e) => this with
    {
        Status = PlateStatus.Assigned, Vin = e.Vin, HolderIdNumber = e.OwnerIdNumber, RetainedUntil = null,
    };

    public Plate Apply(PlateRetained e) => this with
    {
        Status = PlateStatus.Retained, Vin = null, HolderIdNumber = e.HolderIdNumber, RetainedUntil = e.RetainedUntil,
    };

    public Plate Apply(PlateReleased e) => this with
    {
        Status = PlateStatus.Free, Vin = null, HolderIdNumber = null, RetainedUntil = null,
    };
}
