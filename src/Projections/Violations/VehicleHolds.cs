using Marten.Events.Projections;
using TrafficCqrs.Domain.Accidents;
using TrafficCqrs.Domain.Violations;

using TrafficCqrs.Projections.Inline;

namespace TrafficCqrs.Projections.Violations;

/// <summary>
/// What stops a vehicle's transfer (转让登记) and inspection sticker, by plate: violations not yet
/// handled and accidents not yet closed. Read through IVehicleHoldsQuery (Application/Violations).
/// </summary>
public sealed class VehicleHolds
{
    /// <summary>The plate.</summary>
    public string Id { get; set; } = "";
    public List<Guid> OpenViolationIds { get; set; } = [];
    public List<Guid> OpenAccidentIds { get; set; } = [];

    public bool HasHolds => OpenViolationIds.Count > 0 || OpenAccidentIds.Count > 0;
}

/// <summary>
/// Follows violations and accidents by plate, inline. Caveat: two transactions that change the
/// same plate's holds at the same instant could overwrite each other's update (an inline
/// multi-stream projection reads then writes); the per-violation and per-accident read models are
/// the source of truth a rebuild restores.
/// </summary>
public partial class VehicleHoldsProjection : ScreenedMultiStreamProjection<VehicleHolds, string>
{
    public VehicleHoldsProjection()
    {
        Identity<ViolationRecorded>(e => e.Plate);
        Identity<ViolationReviewed>(e => e.Plate);
        Identity<ViolationObjectionDecided>(e => e.Plate);
        Identity<ViolationHandled>(e => e.Plate);
        Identities<AccidentReported>(e => e.Parties.Select(p => p.Plate).ToList());
        Identities<AccidentClosed>(e => e.Plates);
    }

    public void Apply(ViolationRecorded e, VehicleHolds view) => AddOnce(view.OpenViolationIds, e.ViolationId);

    public void Apply(ViolationReviewed e, VehicleHolds view)
    {
        if (!e.Upheld) view.OpenViolationIds.Remove(e.ViolationId);
    }

    public void Apply(ViolationObjectionDecided e, VehicleHolds view)
    {
        if (e.Upheld) view.OpenViolationIds.Remove(e.ViolationId);
    }

    public void Apply(ViolationHandled e, VehicleHolds view) => view.OpenViolationIds.Remove(e.ViolationId);

    public void Apply(AccidentReported e, VehicleHolds view) => AddOnce(view.OpenAccidentIds, e.AccidentId);

    public void Apply(AccidentClosed e, VehicleHolds view) => view.OpenAccidentIds.Remove(e.AccidentId);

    private static void AddOnce(List<Guid> ids, Guid id)
    {
        if (!ids.Contains(id)) ids.Add(id);
    }
}
