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

/// <summary>Rebuilds the interim points ledger's <see cref="PointsAccount"/> from its events.</summary>
public partial class PointsAccountProjection : SingleStreamProjection<PointsAccount, Guid>
{
    public static PointsAccount Create(LedgerPointsRecorded e) => PointsAccount.Create(e);
    public PointsAccount Apply(LedgerPointsRecorded e, PointsAccount state) => state.Apply(e);
    public PointsAccount Apply(LedgerFinePaid e, PointsAccount state) => state.Apply(e);
}
