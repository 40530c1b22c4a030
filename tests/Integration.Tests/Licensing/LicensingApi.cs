using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Licensing;

/// <summary>Steps shared by the licence and exam tests.</summary>
public static class LicensingApi
{
    /// <summary>Noon in China on a day.</summary>
    public static DateTimeOffset Noon(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));

    public static async Task<JsonNode> Ok(this Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await call;
        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
        return await response.Body();
    }

    public static async Task<string> Refused(this Task<HttpResponseMessage> call)
    {
        var response = await call;
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        return (await response.Body())["code"]!.GetValue<string>();
    }

    public static async Task<JsonNode> DriverRecord(HttpClient client, string idNumber) =>
        await client.GetAsync($"/api/licences/{idNumber}").Ok();

    /// <summary>Books a subject, stands the clock on the exam day and records the scores given.</summary>
    public static async Task<JsonNode> Sit(ApiFixture fixture, HttpClient clerk, Guid application, int subject, DateOnly day,
        params int[] scores)
    {
        var booked = await clerk.PostJson($"/api/exams/applications/{application}/bookings",
            new { subject, date = day.ToString("yyyy-MM-dd") }).Ok();
        var booking = booked["bookingId"]!.GetValue<string>();
        fixture.Clock.Set(Noon(day));
        JsonNode last = booked;
        foreach (var score in scores)
            last = await clerk.PostJson($"/api/exams/applications/{application}/bookings/{booking}/scores", new { score }).Ok();
        return last;
    }

    /// <summary>An applicant who passed all four subjects for C1: a licence issued on <paramref name="from"/> + 31 days.</summary>
    public static async Task<DateOnly> Licensed(ApiFixture fixture, HttpClient clerk, string idNumber, DateOnly from)
    {
        fixture.Clock.Set(Noon(from));
        var filed = await clerk.PostJson("/api/exams/applications", new { applicantIdNumber = idNumber, licenceClass = "C1" })
            .Ok(HttpStatusCode.Created);
        var application = Guid.Parse(filed["applicationId"]!.GetValue<string>());
        var permit = from.AddDays(1);
        await Sit(fixture, clerk, application, 1, permit, 95);
        await Sit(fixture, clerk, application, 2, permit.AddDays(10), 90);
        await Sit(fixture, clerk, application, 3, permit.AddDays(30), 90);
        var last = await Sit(fixture, clerk, application, 4, permit.AddDays(31), 92);
        last["licenceIssued"]!.GetValue<bool>().Should().BeTrue();
        return permit.AddDays(31);
    }

    /// <summary>Opens an ID-only case, accepts it, pays the fee if any and completes it.</summary>
    public static async Task<Guid> CaseThrough(HttpClient clerk, string businessType, string idNumber,
        object? details = null)
    {
        var opened = await clerk.PostJson("/api/cases", new { businessType, applicantIdNumber = idNumber, details })
            .Ok(HttpStatusCode.Created);
        var id = Guid.Parse(opened["id"]!.GetValue<string>());
        await clerk.Post($"/api/cases/{id}/accept").Ok();
        var fee = (await clerk.GetAsync($"/api/cases/{id}").Ok())["fee"]!.GetValue<decimal>();
        if (fee > 0)
            await clerk.PostJson($"/api/cases/{id}/payments", new { amount = fee, method = "wechat", reference = "WX-" + id.ToString("N")[..8] }).Ok();
        await clerk.Post($"/api/cases/{id}/complete").Ok();
        return id;
    }
}
