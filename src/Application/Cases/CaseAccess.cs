using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Application.Cases;

/// <summary>Whether an actor may act on a given case.</summary>
public static class CaseAccess
{
    public static void EnsureMayAct(Actor actor, ServiceCase c)
    {
        if (actor.Outlet is not null)
        {
            if (!string.Equals(actor.Outlet, c.Outlet, StringComparison.Ordinal))
                throw new AccessDeniedException($"Outlet {actor.Outlet} may act only on its own cases.");
            return;
        }
        if (!string.Equals(actor.Office, c.Office, StringComparison.Ordinal))
            throw new AccessDeniedException($"The case belongs to office {c.Office}, not {actor.Office}.");
    }
}
