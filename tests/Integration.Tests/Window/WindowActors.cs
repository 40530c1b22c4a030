using TrafficCqrs.Api.Security;

namespace TrafficCqrs.Integration.Tests.Window;

/// <summary>Callers of the window service besides clerks.</summary>
public static class WindowActors
{
    public static TokenRequest Admin(string office = "610000") => new("admin.1", [TrafficRoles.Admin], office);

    public static TokenRequest Kiosk(string office, string terminal = "K01") =>
        new("kiosk." + terminal, [TrafficRoles.Kiosk], office, Counter: terminal);

    public static TokenRequest Supervisor(string office) => new("supervisor.1", [TrafficRoles.Supervisor], office);

    public static TokenRequest Clerk(string office, string counter, string user) =>
        new(user, [TrafficRoles.Clerk], office, counter);
}
