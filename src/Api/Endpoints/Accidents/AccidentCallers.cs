using System.Security.Claims;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Accidents;
using TrafficCqrs.Application.Common;

namespace TrafficCqrs.Api.Endpoints.Accidents;

/// <summary>Which insurer or court a caller acts for, from the token's claims.</summary>
internal static class AccidentCallers
{
    public static string Insurer(HttpContext http) =>
        http.User.FindFirstValue(TrafficClaims.Insurer) is { Length: > 0 } insurer
            ? insurer
            : throw new AccessDeniedException("An insurer's token must name its insurer (claim 'insurer').");

    /// <summary>An insurer or court role narrows what is seen, whatever other roles the token carries.</summary>
    public static AccidentViewer Viewer(HttpContext http)
    {
        if (http.User.IsInRole(TrafficRoles.Insurer))
            return AccidentViewer.ForInsurer(Insurer(http));
        if (http.User.IsInRole(TrafficRoles.Court))
            return http.User.FindFirstValue(TrafficClaims.Court) is { Length: > 0 } court
                ? AccidentViewer.ForCourt(court)
                : throw new AccessDeniedException("A court's token must name its court (claim 'court').");
        return AccidentViewer.Staff;
    }
}
