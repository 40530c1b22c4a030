using System.Net;
using FluentAssertions;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Supervision;

public static class SupervisionApi
{
    public static TokenRequest Supervisor(string office = "610000") =>
        new("supervisor.1", [TrafficRoles.Supervisor], office);

    public static async Task<Guid> File(HttpClient client, object body)
    {
        var response = await client.PostJson("/api/supervision/complaints", body);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.Body())["id"]!.GetValue<string>());
    }

    public static string NewOutlet() => "P" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
}
