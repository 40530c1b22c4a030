using System.Net;
using FluentAssertions;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Domain.Licensing;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Licensing;

namespace TrafficCqrs.Integration.Tests.Violations;

/// <summary>Steps and callers shared by the violation tests.</summary>
public static class ViolationApi
{
    private const string PlateCharacters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    /// <summary>A well-formed plate, different on every call.</summary>
    public static string NewPlate() =>
        "陕A" + new string(Enumerable.Range(0, 5).Select(_ => PlateCharacters[Random.Shared.Next(PlateCharacters.Length)]).ToArray());

    /// <summary>
    /// A new ID number holding a C1 licence, first issued three years and a month ago: past probation,
    /// its current points cycle began about a month ago, so the violations recorded here (two days
    /// ago) count in it.
    /// </summary>
    public static async Task<string> LicensedDriver(ApiFixture fixture)
    {
        var idNumber = Http.NewIdNumber();
        var today = LicenceCalendar.Today(fixture.Clock.GetUtcNow());
        await LicenceRecords.Issue(fixture, idNumber, today.AddYears(-3).AddMonths(-1));
        return idNumber;
    }

    public static TokenRequest Through(string channel, string office) =>
        new($"{channel}." + office, [TrafficRoles.Clerk], office, Channel: channel);

    public static TokenRequest PostOffice(string office) =>
        new("agent.post." + office, [TrafficRoles.Agent], office, Outlet: "POST-" + office);

    public static async Task<Guid> Record(HttpClient officer, string plate, int points = 3, decimal fine = 200m)
    {
        var response = await officer.PostJson("/api/violations", new
        {
            plate, place = "Xi'an, Second Ring Rd South", occurredAt = DateTimeOffset.UtcNow.AddDays(-2), code = "1345",
            points, fine, source = "camera", recordedBy = "CAM-0042",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.Body())["id"]!.GetValue<string>());
    }

    /// <summary>Recorded, reviewed and upheld, the owner notified: ready to be handled.</summary>
    public static async Task<Guid> Notified(HttpClient officer, string plate, string owner, int points = 3, decimal fine = 200m)
    {
        var id = await Record(officer, plate, points, fine);
        await Ok(officer.PostJson($"/api/violations/{id}/review", new { upheld = true }));
        await Ok(officer.PostJson($"/api/violations/{id}/notification", new { ownerIdNumber = owner, method = "sms" }));
        return id;
    }

    public static async Task<HttpResponseMessage> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return response;
    }

    public static async Task<int> CyclePoints(HttpClient reader, string idNumber) =>
        (await (await reader.GetAsync($"/api/violations/points?idNumber={idNumber}")).Body())["cyclePoints"]!.GetValue<int>();

    public static async Task<(List<Guid> Violations, List<Guid> Accidents)> Holds(HttpClient reader, string plate)
    {
        var response = await reader.GetAsync($"/api/violations/holds?plate={Uri.EscapeDataString(plate)}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Body();
        return (body["openViolationIds"]!.AsArray().Select(x => x!.GetValue<Guid>()).ToList(),
            body["openAccidentIds"]!.AsArray().Select(x => x!.GetValue<Guid>()).ToList());
    }

    public static async Task ShouldBeRefused(HttpResponseMessage response, string code)
    {
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        (await response.Body())["code"]!.GetValue<string>().Should().Be(code);
    }
}
