using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Projections.Cases;

public partial class ServiceCaseProjection
{
    public ServiceCase Apply(CaseWaiversApplied e, ServiceCase state) => state.Apply(e);
    public ServiceCase Apply(CaseVisitStarted e, ServiceCase state) => state.Apply(e);
    public ServiceCase Apply(CaseReturnVisitRequired e, ServiceCase state) => state.Apply(e);
    public ServiceCase Apply(CaseRefunded e, ServiceCase state) => state.Apply(e);
}
