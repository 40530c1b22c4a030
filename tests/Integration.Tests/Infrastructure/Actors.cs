using TrafficCqrs.Api.Security;

namespace TrafficCqrs.Integration.Tests.Infrastructure;

/// <summary>Callers for tests; each test takes its own office so its data never meets another test's.</summary>
public static class Actors
{
    public static string NewOffice() => "T" + Guid.NewGuid().ToString("N")[..8];

    public static TokenRequest Clerk(string office, string counter = "W01") =>
        new("clerk." + office, [TrafficRoles.Clerk], office, counter);

    public static TokenRequest Agent(string office, string outlet) =>
        new("agent." + outlet, [TrafficRoles.Agent], office, Outlet: outlet);

    public static TokenRequest Auditor(string office = "610000") => new("auditor.1", [TrafficRoles.Auditor], office);

    public static TokenRequest Analyst(string office = "610000") => new("analyst.1", [TrafficRoles.Analyst], office);

    public static TokenRequest Supervisor(string office = "610000") => new("supervisor.1", [TrafficRoles.Supervisor], office);

    public static TokenRequest Admin(string office = "610000") => new("admin.1", [TrafficRoles.Admin], office);

    /// <summary>The same caller, served by a province's database (province tenancy).</summary>
    public static TokenRequest InProvince(this TokenRequest who, string province) => who with { Province = province };
}
