using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using JasperFx.Events;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Domain.Analytics;
using TrafficCqrs.Integration.Tests.Identity;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Licensing;
using TrafficCqrs.Integration.Tests.Outlets;

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

    /// <summary>Lets the async daemon apply every event appended so far before the statistics are read.</summary>
    public static async Task CatchUp(ApiFixture fixture)
    {
        var errors = await fixture.Host.Services.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        errors.Should().BeEmpty();
    }

    /// <summary>
    /// A fresh applicant the combined rules accept everywhere: a licence on record (licence cases check
    /// it) and the identity verified once at a counter (online and outlet cases rely on it).
    /// </summary>
    public static async Task<string> Applicant(ApiFixture fixture)
    {
        var idNumber = Http.NewIdNumber();
        await LicenceRecords.IssueHeld(fixture, idNumber);
        await IdentityApi.Verify(fixture.ClientFor(Actors.Clerk("610100")), idNumber, "counter_id_reader");
        return idNumber;
    }

    /// <summary>Details every business type used here accepts (a contact change needs its new phone number).</summary>
    private static readonly object Details = new { phone = "13800138000" };

    public static async Task<Guid> Open(ApiFixture fixture, HttpClient client, string businessType)
    {
        var response = await client.PostJson("/api/cases",
            new { businessType, applicantIdNumber = await Applicant(fixture), details = Details });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.Body())["id"]!.GetValue<string>());
    }

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

    /// <summary>An agent of an outlet the office commissioned for these business types.</summary>
    public static Task<HttpClient> Outlet(ApiFixture fixture, string office, string code, string kind, params string[] businessTypes) =>
        OutletApi.CommissionedAgent(fixture, office, code, kind, businessTypes);

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
