using System.Net;
using FluentAssertions;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Infrastructure;
using static TrafficCqrs.Integration.Tests.Licensing.LicensingApi;

namespace TrafficCqrs.Integration.Tests.Licensing;

/// <summary>Where an applicant may apply, and how bookings, late cancellations and the schedule behave over HTTP.</summary>
[Collection(ApiCollection.Name)]
public sealed class when_an_applicant_books_exams(ApiFixture fixture) : IDisposable
{
    private static readonly DateOnly Day = new(2027, 6, 1);

    public void Dispose() => fixture.Clock.Reset();

    /// <summary>A clerk at a real division-code office, unique enough for one test run.</summary>
    private static string CityOffice(string city) => city + Random.Shared.Next(10, 99);

    [Fact]
    public async Task in_another_city_of_the_province_the_id_card_is_enough_for_a_small_car_only()
    {
        var idNumber = Http.NewIdNumber(); // issued in 6101 (Xi'an)
        var clerk = fixture.ClientFor(Actors.Clerk(CityOffice("6103"))); // Baoji, same province

        var filed = await clerk.PostJson("/api/exams/applications", new { applicantIdNumber = idNumber, licenceClass = "C1" })
            .Ok(HttpStatusCode.Created);
        var application = await clerk.GetAsync($"/api/exams/applications/{filed["applicationId"]}").Ok();
        application["crossCity"]!.GetValue<bool>().Should().BeTrue();

        (await clerk.PostJson("/api/exams/applications", new { applicantIdNumber = Http.NewIdNumber(), licenceClass = "B2" })
            .Refused()).Should().Be("exam.cross_city_small_cars_only");
    }

    [Fact]
    public async Task in_another_province_a_residence_permit_is_needed()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(CityOffice("1101")));

        (await clerk.PostJson("/api/exams/applications", new { applicantIdNumber = Http.NewIdNumber(), licenceClass = "C1" })
            .Refused()).Should().Be("exam.residence_permit_required");
        await clerk.PostJson("/api/exams/applications",
            new { applicantIdNumber = Http.NewIdNumber(), licenceClass = "C1", hasResidencePermit = true }).Ok(HttpStatusCode.Created);
    }

    [Fact]
    public async Task an_online_booking_cancelled_on_the_exam_day_counts_as_a_fail_with_its_wait()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var online = fixture.ClientFor(new TokenRequest("platform.12123", [TrafficRoles.Clerk], office, Channel: "online"));
        fixture.Clock.Set(Noon(Day.AddDays(-5)));
        var filed = await online.PostJson("/api/exams/applications", new { applicantIdNumber = Http.NewIdNumber(), licenceClass = "C2" })
            .Ok(HttpStatusCode.Created);
        var application = filed["applicationId"]!.GetValue<string>();
        var booked = await online.PostJson($"/api/exams/applications/{application}/bookings",
            new { subject = 1, date = Day.ToString("yyyy-MM-dd") }).Ok();
        var booking = booked["bookingId"]!.GetValue<string>();

        fixture.Clock.Set(Noon(Day));
        await online.PostJson($"/api/exams/applications/{application}/bookings/{booking}/cancel", new { }).Ok();

        var schedule = await clerk.GetAsync($"/api/exams/schedule?office={office}&date={Day:yyyy-MM-dd}").Ok();
        schedule["sittings"]![0]!["status"]!.GetValue<string>().Should().Be("cancelled_late");
        (await online.PostJson($"/api/exams/applications/{application}/bookings",
            new { subject = 1, date = Day.AddDays(9).ToString("yyyy-MM-dd") }).Refused()).Should().Be("exam.waiting_period");
        await online.PostJson($"/api/exams/applications/{application}/bookings",
            new { subject = 1, date = Day.AddDays(10).ToString("yyyy-MM-dd") }).Ok();
    }

    [Theory]
    [InlineData("date=2027-06-01", "office")]
    [InlineData("office=610100&date=June", "date")]
    public async Task a_schedule_query_without_office_or_day_is_400_naming_it(string query, string field)
    {
        var response = await fixture.ClientFor(Actors.Clerk(Actors.NewOffice())).GetAsync($"/api/exams/schedule?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Body())["errors"]![field].Should().NotBeNull();
    }
}
