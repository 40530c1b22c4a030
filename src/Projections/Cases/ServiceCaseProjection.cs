using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Projections.Cases;

/// <summary>
/// Tells Marten how to rebuild the domain's <see cref="ServiceCase"/> from its events. The rules of
/// evolution stay in the domain type; this only wires them, so the domain needs no store reference.
/// </summary>
public partial class ServiceCaseProjection : SingleStreamProjection<ServiceCase, Guid>
{
    public static ServiceCase Create(CaseOpened e) => ServiceCase.Create(e);
    public ServiceCase Apply(CaseRecordChecked e, ServiceCase state) => state.Apply(e);
    public ServiceCase Apply(CaseAccepted e, ServiceCase state) => state.Apply(e);
    public ServiceCase Apply(CasePaymentRecorded e, ServiceCase state) => state.Apply(e);
    public ServiceCase Apply(CaseCompleted e, ServiceCase state) => state.Apply(e);
    public ServiceCase Apply(CaseRejected e, ServiceCase state) => state.Apply(e);
    public ServiceCase Apply(CaseWithdrawn e, ServiceCase state) => state.Apply(e);
}
