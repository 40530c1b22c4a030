using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Projections.Outlets;

/// <summary>
/// Wires the domain's <see cref="Outlet"/> to its events. Refused attempts recorded on the stream
/// are not part of the commission and are left out, so an outlet known only from refusals is null.
/// </summary>
public partial class OutletProjection : SingleStreamProjection<Outlet, Guid>
{
    public static Outlet Create(OutletCommissioned e) => Outlet.Create(e);
    public Outlet Apply(OutletSuspended e, Outlet state) => state.Apply(e);
    public Outlet Apply(OutletResumed e, Outlet state) => state.Apply(e);
    public Outlet Apply(OutletAuthorisationsChanged e, Outlet state) => state.Apply(e);
    public Outlet Apply(OutletStaffChanged e, Outlet state) => state.Apply(e);
    public Outlet Apply(OutletCommissionEnded e, Outlet state) => state.Apply(e);
}
