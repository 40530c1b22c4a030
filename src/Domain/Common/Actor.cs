namespace TrafficCqrs.Domain.Common;

/// <summary>
/// Who acts and from where: taken from the caller's identity, never from a request body.
/// </summary>
/// <param name="UserId">The staff member or channel account acting.</param>
/// <param name="Roles">clerk, agent, auditor, analyst, supervisor, admin, or a channel account.</param>
/// <param name="Office">The vehicle administration office (车管所) the actor belongs to.</param>
/// <param name="Counter">The service window (窗口) at that office, when acting at one.</param>
/// <param name="Outlet">The commissioned outlet (代办网点), when acting for one.</param>
/// <param name="Channel">window, kiosk, online or outlet.</param>
public sealed record Actor(
    string UserId,
    IReadOnlyList<string> Roles,
    string Office,
    string? Counter,
    string? Outlet,
    string Channel)
{
    public bool HasRole(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);
}
