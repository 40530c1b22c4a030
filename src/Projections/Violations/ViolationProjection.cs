using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Projections.Violations;

/// <summary>Rebuilds the domain's <see cref="Violation"/> from its events; the rules of evolution stay in the domain.</summary>
public partial class ViolationProjection : SingleStreamProjection<Violation, Guid>
{
    public static Violation Create(ViolationRecorded e) => Violation.Create(e);
    public Violation Apply(ViolationReviewed e, Violation state) => state.Apply(e);
    public Violation Apply(ViolationOwnerNotified e, Violation state) => state.Apply(e);
    public Violation Apply(ViolationObjected e, Violation state) => state.Apply(e);
    public Violation Apply(ViolationObjectionDecided e, Violation state) => state.Apply(e);
    public Violation Apply(ViolationHandled e, Violation state) => state.Apply(e);
    public Violation Apply(ViolationFinePaid e, Violation state) => state.Apply(e);
}
