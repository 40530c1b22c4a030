using System.Net;
using FluentAssertions;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Violations;

namespace TrafficCqrs.Integration.Tests.Accidents;

/// <summary>Two parties, each with its own (per-test) insurer, and the callers that act on their accident.</summary>
public sealed class AccidentScene
{
    public string Office { get; } = Actors.NewOffice();
    public string DriverA { get; } = Http.NewIdNumber();
    public string DriverB { get; } = Http.NewIdNumber();
    public string PlateA { get; } = ViolationApi.NewPlate();
    public string PlateB { get; } = ViolationApi.NewPlate();
    public string InsurerA { get; } = "PICC-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
    public string InsurerB { get; } = "PINGAN-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    public TokenRequest Online => ViolationApi.Through("online", Office);
    public TokenRequest Police => Actors.Clerk(Office);

    public static TokenRequest Insurer(string insurer) => new("claims." + insurer, [TrafficRoles.Insurer], "000000", Insurer: insurer);
    public static TokenRequest Court(string court) => new("judge." + court, [TrafficRoles.Court], "000000", Court: court);

    public object Party(string who, object? overrides = null) => who == "A"
        ? new { idNumber = DriverA, plate = PlateA, insurer = InsurerA, policyNumber = "P-" + DriverA[..6], pointOfImpact = "front right" }
        : new { idNumber = DriverB, plate = PlateB, insurer = InsurerB, policyNumber = "Q-" + DriverB[..6], pointOfImpact = "rear left" };

    public object Report(bool anyoneInjured = false, object? partyB = null) => new
    {
        occurredAt = DateTimeOffset.UtcNow.AddMinutes(-30),
        place = "Keji Rd / Gaoxin Rd, Xi'an",
        anyoneInjured,
        parties = new[] { Party("A"), partyB ?? Party("B") },
    };

    public async Task<Guid> Reported(HttpClient reporter)
    {
        var response = await reporter.PostJson("/api/accidents", Report());
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.Body())["id"]!.GetValue<string>());
    }
}
