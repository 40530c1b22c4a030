using System.Net;
using FluentAssertions;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Outlets;

/// <summary>Steps shared by the outlet tests: an office admin commissions an outlet before its staff act.</summary>
public static class OutletApi
{
    public static TokenRequest Admin(string office) => new("admin." + office, [TrafficRoles.Admin], office);

    /// <summary>A fresh outlet code for the office.</summary>
    public static string NewCode(string office, string prefix) => $"{prefix}-{office}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>
    /// Commissions the outlet by the office's admin for a year around today; its staff is the agent
    /// of <see cref="Actors.Agent"/> for that outlet unless others are named.
    /// </summary>
    public static Task Commission(ApiFixture fixture, string office, string code, string kind,
        string[] businessTypes, string[]? staff = null) =>
        Commission(fixture.ClientFor(Admin(office)), office, code, kind, businessTypes,
            DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime), staff);

    /// <summary>
    /// Commissions the outlet through the given admin client for a year around <paramref name="today"/>,
    /// for hosts whose clock is not the real one.
    /// </summary>
    public static async Task Commission(HttpClient admin, string office, string code, string kind,
        string[] businessTypes, DateOnly today, string[]? staff = null)
    {
        var response = await admin.PostJson("/api/outlets", new
        {
            code,
            name = "Outlet " + code,
            kind,
            businessTypes,
            staff = staff ?? [Actors.Agent(office, code).User],
            validFrom = today.AddDays(-30),
            validUntil = today.AddDays(335),
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Commissions an outlet and returns a client for its agent.</summary>
    public static async Task<HttpClient> CommissionedAgent(ApiFixture fixture, string office, string code, string kind,
        params string[] businessTypes)
    {
        await Commission(fixture, office, code, kind, businessTypes);
        return fixture.ClientFor(Actors.Agent(office, code));
    }
}
