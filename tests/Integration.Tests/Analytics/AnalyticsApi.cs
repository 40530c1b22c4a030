using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using JasperFx.Events;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Domain.Analytics;
using TrafficCqrs.Domain.Licensing;
using TrafficCqrs.Integration.Tests.Identity;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Licensing;

namespace TrafficCqrs.Integration.Tests.Analytics;

/// <summary>Steps shared by the statistics tests: moving cases along, catching the daemon up, reading raw events.</summary>
public static class AnalyticsApi
{
    public static TokenRequest Admin => new("admin.1", [TrafficRoles.Admin], "610000");

    /// <summary>The days around now (China time) so a scenario built just before midnight is still inside.</summary>
    public static string Days
    {
        get
        {
            var today = StatisticsDay.Of(DateTimeOffset.UtcNow);
            return $"from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";
        }
    }

    /// <summary>
    /// Waits until the running async daemon (hot/cold: this node holds it) has applied every event
    /// appended so far, before the statistics are read.
    /// </summary>
    public static Task CatchUp(ApiFixture fixture) =>
        fixture.Host.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

    /// <summary>
    /// Opens a case for a fresh applicant whose records let it open through any channel: identity
    /// verified at a counter of another office (online and outlet cases rely on it), a licence on
    /// record for the licence services, and the details the business needs.
    /// </summary>
    public static async Task<Guid> Open(ApiFixture fixture, HttpClient client, string businessType)
    {
        var idNumber = Http.NewIdNumber();
        await IdentityApi.Verify(fixture.ClientFor(Actors.Clerk(Actors.NewOffice())), idNumber, "counter_id_reader");
        if (businessType.StartsWith("licence.", StringComparison.Ordinal) && businessType != "licence.apply")
            await LicenceRecords.IssueHeld(fixture, idNumber);
        var response = await client.PostJson("/api/cases",
            new { businessType, applicantIdNumber = idNumber, details = DetailsFor(fixture, businessType) });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.Body())["id"]!.GetValue<string>());
    }

    private static Dictionary<string, string>? DetailsFor(ApiFixture fixture, string businessType) => businessType switch
    {
        "licence.postpone" => new()
        {
            ["matter"] = "review",
            ["until"] = LicenceCalendar.Today(fixture.Clock.GetUtcNow()).AddYears(1).ToString("yyyy-MM-dd"),
            ["reason"] = "Working abroad.",
        },
        _ => null,
    };

    public static async Task<Guid> Completed(ApiFixture fixture, HttpClient client, string businessType, decimal fee = 0m)
    {
        var id = await Open(fixture, client, businessType);
        await Ok(client.Post($"/api/cases/{id}/accept"));
        if (fee > 0m)
            await Ok(client.PostJson($"/api/cases/{id}/payments",
                new { amount = fee, method = "wechat", reference = "WX-" + Guid.NewGuid().ToString("N")[..10] }));
        await Ok(client.Post($"/api/cases/{id}/complete"));
        return id;
    }

    public static async Task<Guid> Rejected(ApiFixture fixture, HttpClient client, string businessType)
    {
        var id = await Open(fixture, client, businessType);
        await Ok(client.PostJson($"/api/cases/{id}/reject", new { reason = "The licence is seized." }));
        return id;
    }

    public static async Task<Guid> Withdrawn(ApiFixture fixture, HttpClient client, string businessType)
    {
        var id = await Open(fixture, client, businessType);
        await Ok(client.PostJson($"/api/cases/{id}/withdraw", new { reason = "Will come back later." }));
        return id;
    }

    public static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonNode> Get(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Body();
    }

    /// <summary>The raw events of each stream, straight from mt_events.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<IEvent>>> RawStreams(ApiFixture fixture, IEnumerable<Guid> ids)
    {
        var store = fixture.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var streams = new List<IReadOnlyList<IEvent>>();
        foreach (var id in ids) streams.Add(await session.Events.FetchStreamAsync(id));
        return streams;
    }

    public static Dictionary<string, JsonNode> RowsByGroup(JsonNode report) =>
        report["rows"]!.AsArray().ToDictionary(r => r!["group"]!.GetValue<string>(), r => r!);

    public static double? Number(JsonNode row, string field) => row[field]?.GetValue<double>();
}
