using System.Net;
using FluentAssertions;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Identity;

/// <summary>Steps shared by tests that need a person whose identity is (or is not) verified.</summary>
public static class IdentityApi
{
    /// <summary>An account of the online service platform (互联网), acting for citizens.</summary>
    public static TokenRequest OnlineAccount(string office) =>
        new("platform." + office, [TrafficRoles.Clerk], office, Channel: "online");

    /// <summary>A fresh ID number whose identity a clerk verified at the counter with the card reader.</summary>
    public static async Task<string> VerifiedAtCounter(ApiFixture fixture, string office)
    {
        var idNumber = Http.NewIdNumber();
        await Verify(fixture.ClientFor(Actors.Clerk(office)), idNumber, "counter_id_reader");
        return idNumber;
    }

    public static async Task Verify(HttpClient client, string idNumber, string method)
    {
        var response = await client.PostJson($"/api/identities/{idNumber}/verifications", new { method });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
