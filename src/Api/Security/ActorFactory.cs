using System.Security.Claims;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Api.Security;

/// <summary>Turns the caller's verified token into the actor recorded on every event.</summary>
public static class ActorFactory
{
    public static Actor FromPrincipal(ClaimsPrincipal principal)
    {
        var user = principal.FindFirstValue(TrafficClaims.Subject) ?? "anonymous";
        var roles = principal.FindAll(TrafficClaims.Role).Select(c => c.Value).ToList();
        var office = principal.FindFirstValue(TrafficClaims.Office) ?? "";
        var counter = principal.FindFirstValue(TrafficClaims.Counter);
        var outlet = principal.FindFirstValue(TrafficClaims.Outlet);
        var channel = principal.FindFirstValue(TrafficClaims.Channel);
        // A kiosk account acts only through the kiosk, whatever else its token says.
        if (roles.Contains(TrafficRoles.Kiosk)) channel = Channels.Kiosk;
        if (!Channels.IsKnown(channel))
            channel = outlet is not null ? Channels.Outlet : Channels.Window;
        return new Actor(user, roles, office, counter, outlet, channel!);
    }
}
