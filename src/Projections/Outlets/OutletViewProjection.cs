using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Outlets;

using TrafficCqrs.Projections.Inline;

namespace TrafficCqrs.Projections.Outlets;

/// <summary>
/// Keeps <see cref="OutletView"/> in step with the commission, in the same transaction. Refused
/// attempts are counted at read time from the events instead, since they are appended outside the
/// refused command's transaction.
/// </summary>
public partial class OutletViewProjection : ScreenedSingleStreamProjection<OutletView, Guid>
{
    public static OutletView Create(OutletCommissioned e) => new()
    {
        Id = e.OutletId,
        Code = e.Code,
        Name = e.Name,
        Kind = e.Kind,
        Office = e.Office,
        BusinessTypes = [.. e.BusinessTypes],
        Staff = [.. e.Staff],
        ValidFrom = e.ValidFrom,
        ValidUntil = e.ValidUntil,
        Status = OutletStatus.Active,
        CommissionedAt = e.CommissionedAt,
        LastChangedAt = e.CommissionedAt,
    };

    public void Apply(OutletSuspended e, OutletView view)
    {
        view.Status = OutletStatus.Suspended;
        view.SuspensionReason = e.Reason;
        view.LastChangedAt = e.SuspendedAt;
    }

    public void Apply(OutletResumed e, OutletView view)
    {
        view.Status = OutletStatus.Active;
        view.SuspensionReason = null;
        view.LastChangedAt = e.ResumedAt;
    }

    public void Apply(OutletAuthorisationsChanged e, OutletView view)
    {
        view.BusinessTypes = [.. e.BusinessTypes];
        view.LastChangedAt = e.ChangedAt;
    }

    public void Apply(OutletStaffChanged e, OutletView view)
    {
        view.Staff = [.. e.Staff];
        view.LastChangedAt = e.ChangedAt;
    }

    public void Apply(OutletCommissionEnded e, OutletView view)
    {
        view.Status = OutletStatus.Ended;
        view.EndReason = e.Reason;
        view.LastChangedAt = e.EndedAt;
    }
}
