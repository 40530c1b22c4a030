using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Vehicles;

using TrafficCqrs.Projections.Inline;

namespace TrafficCqrs.Projections.Vehicles;

/// <summary>The plate registry's entry for one number: who holds it and until when.</summary>
public sealed class PlateRecord
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Number { get; set; } = "";
    public PlateStatus Status { get; set; }
    public string? Vin { get; set; }
    public string? HolderIdNumber { get; set; }
    public DateOnly? RetainedUntil { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }

    /// <summary>The same test as the domain's <see cref="Plate.IsFreeOn"/>.</summary>
    public bool IsFreeOn(DateOnly day) =>
        Status == PlateStatus.Free || (Status == PlateStatus.Retained && RetainedUntil < day);
}

/// <summary>Keeps <see cref="PlateRecord"/> in step with each number's stream.</summary>
public partial class PlateRecordProjection : ScreenedSingleStreamProjection<PlateRecord, Guid>
{
    public static PlateRecord Create(PlateSelected e) => new()
    {
        Id = e.PlateId, Number = e.Number, Status = PlateStatus.Selected, Vin = e.Vin,
        HolderIdNumber = e.ApplicantIdNumber, LastChangedAt = e.SelectedAt,
    };

    public void Apply(PlateSelected e, PlateRecord view)
    {
        view.Status = PlateStatus.Selected;
        view.Vin = e.Vin;
        view.HolderIdNumber = e.ApplicantIdNumber;
        view.RetainedUntil = null;
        view.LastChangedAt = e.SelectedAt;
    }

    public void Apply(PlateAssigned e, PlateRecord view)
    {
        view.Status = PlateStatus.Assigned;
        view.Vin = e.Vin;
        view.HolderIdNumber = e.OwnerIdNumber;
        view.RetainedUntil = null;
        view.LastChangedAt = e.AssignedAt;
    }

    public void Apply(PlateRetained e, PlateRecord view)
    {
        view.Status = PlateStatus.Retained;
        view.Vin = null;
        view.HolderIdNumber = e.HolderIdNumber;
        view.RetainedUntil = e.RetainedUntil;
        view.LastChangedAt = e.RetainedAt;
    }

    public void Apply(PlateReleased e, PlateRecord view)
    {
        view.Status = PlateStatus.Free;
        view.Vin = null;
        view.HolderIdNumber = null;
        view.RetainedUntil = null;
        view.LastChangedAt = e.ReleasedAt;
    }
}
