using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Accidents;

namespace TrafficCqrs.Projections.Accidents;

/// <summary>Rebuilds the domain's <see cref="Accident"/> from its events; the rules of evolution stay in the domain.</summary>
public partial class AccidentProjection : SingleStreamProjection<Accident, Guid>
{
    public static Accident Create(AccidentReported e) => Accident.Create(e);
    public Accident Apply(AccidentResponsibilityAgreed e, Accident state) => state.Apply(e);
    public Accident Apply(AccidentPoliceDecisionRequested e, Accident state) => state.Apply(e);
    public Accident Apply(AccidentResponsibilityDecided e, Accident state) => state.Apply(e);
    public Accident Apply(AccidentDamageAssessed e, Accident state) => state.Apply(e);
    public Accident Apply(AccidentClaimSettled e, Accident state) => state.Apply(e);
    public Accident Apply(AccidentClosed e, Accident state) => state.Apply(e);
    public Accident Apply(AccidentReferredToCourt e, Accident state) => state.Apply(e);
}
