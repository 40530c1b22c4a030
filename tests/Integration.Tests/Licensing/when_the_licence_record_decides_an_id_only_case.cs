using System.Net;
using FluentAssertions;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Identity;
using TrafficCqrs.Integration.Tests.Infrastructure;
using static TrafficCqrs.Integration.Tests.Licensing.LicensingApi;

namespace TrafficCqrs.Integration.Tests.Licensing;

/// <summary>ID-only licence cases refused or fulfilled by what the licence record allows; points on the licence.</summary>
[Collection(ApiCollection.Name)]
public sealed class when_the_licence_record_decides_an_id_only_case(ApiFixture fixture) : IDisposable
{
    private static readonly DateOnly Start = new(2027, 3, 1);

    public void Dispose() => fixture.Clock.Reset();

    [Fact]
    public async Task a_holder_without_a_licence_is_refused_and_nothing_is_written()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var caseId = Guid.NewGuid();

        var code = await clerk.PostJson("/api/cases",
            new { businessType = "licence.replace_lost", applicantIdNumber = Http.NewIdNumber(), caseId }).Refused();

        code.Should().Be("licence.no_record");
        (await clerk.GetAsync($"/api/cases/{caseId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task a_suspended_licence_is_not_replaced_until_restored()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var idNumber = Http.NewIdNumber();
        var issued = await Licensed(fixture, clerk, idNumber, Start);

        await clerk.PostJson($"/api/licences/{idNumber}/suspend",
            new { until = issued.AddMonths(6).ToString("yyyy-MM-dd"), reason = "Drink driving." }).Ok();

        (await clerk.PostJson("/api/cases", new { businessType = "licence.replace_damaged", applicantIdNumber = idNumber })
            .Refused()).Should().Be("licence.suspended");
        (await DriverRecord(clerk, idNumber))["status"]!.GetValue<string>().Should().Be("Suspended");

        await clerk.PostJson($"/api/licences/{idNumber}/restore", new { reason = "Suspension served." }).Ok();
        await CaseThrough(clerk, "licence.replace_damaged", idNumber);
        (await DriverRecord(clerk, idNumber))["replacementsLast12Months"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task a_third_replacement_within_twelve_months_is_not_done_online_but_at_a_counter()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var online = fixture.ClientFor(new TokenRequest("platform.12123", [TrafficRoles.Clerk], office, Channel: "online"));
        var idNumber = Http.NewIdNumber();
        await LicenceRecords.Issue(fixture, idNumber, Start);
        fixture.Clock.Set(Noon(Start.AddMonths(2)));
        // Online, the applicant's identity verified once on the platform serves every case of the year.
        await IdentityApi.Verify(online, idNumber, "online_identity_platform");
        await CaseThrough(online, "licence.replace_lost", idNumber);
        fixture.Clock.Set(Noon(Start.AddMonths(6)));
        await CaseThrough(online, "licence.replace_damaged", idNumber);

        fixture.Clock.Set(Noon(Start.AddMonths(12)));
        (await online.PostJson("/api/cases", new { businessType = "licence.replace_lost", applicantIdNumber = idNumber })
            .Refused()).Should().Be("licence.in_person_required");
        await CaseThrough(clerk, "licence.replace_lost", idNumber);

        (await DriverRecord(clerk, idNumber))["replacementsLast12Months"]!.GetValue<int>().Should().Be(3);
    }

    [Fact]
    public async Task contact_change_and_postponement_take_effect_when_the_case_completes()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var idNumber = Http.NewIdNumber();
        await Licensed(fixture, clerk, idNumber, Start);

        await CaseThrough(clerk, "licence.contact_change", idNumber, new { phone = "13800001111", address = "1 Yanta Rd, Xi'an" });
        await CaseThrough(clerk, "licence.postpone", idNumber,
            new { matter = "renewal", until = "2035-01-31", reason = "Working abroad." });

        var record = await DriverRecord(clerk, idNumber);
        record["phone"]!.GetValue<string>().Should().Be("13800001111");
        record["address"]!.GetValue<string>().Should().Be("1 Yanta Rd, Xi'an");
        record["renewalDueOn"]!.GetValue<string>().Should().Be("2035-01-31");
    }

    [Fact]
    public async Task a_postponement_over_three_years_is_refused_with_its_code_and_a_bad_date_names_the_field()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var idNumber = Http.NewIdNumber();
        var issued = await Licensed(fixture, clerk, idNumber, Start);
        var expiry = issued.AddYears(6);

        (await clerk.PostJson("/api/cases", new
        {
            businessType = "licence.postpone", applicantIdNumber = idNumber,
            details = new { matter = "renewal", until = expiry.AddYears(3).AddDays(1).ToString("yyyy-MM-dd"), reason = "abroad" },
        }).Refused()).Should().Be("licence.postponement_too_long");

        var bad = await clerk.PostJson("/api/cases", new
        {
            businessType = "licence.postpone", applicantIdNumber = idNumber,
            details = new { matter = "renewal", until = "soon", reason = "abroad" },
        });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Body())["errors"]!["details.until"].Should().NotBeNull();
    }

    [Fact]
    public async Task eleven_points_leave_the_licence_valid_and_the_twelfth_detains_it()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var idNumber = Http.NewIdNumber();
        var issued = await Licensed(fixture, clerk, idNumber, Start);
        var day = issued.AddMonths(13);
        fixture.Clock.Set(Noon(day));

        var nine = Guid.NewGuid();
        await clerk.PostJson($"/api/licences/{idNumber}/points", new { violationId = nine, points = 9, committedOn = day.ToString("yyyy-MM-dd") }).Ok();
        var again = await clerk.PostJson($"/api/licences/{idNumber}/points", new { violationId = nine, points = 9, committedOn = day.ToString("yyyy-MM-dd") }).Ok();
        again["alreadyRecorded"]!.GetValue<bool>().Should().BeTrue();
        await clerk.PostJson($"/api/licences/{idNumber}/points", new { violationId = Guid.NewGuid(), points = 1, committedOn = day.ToString("yyyy-MM-dd") }).Ok();
        var eleven = await clerk.PostJson($"/api/licences/{idNumber}/points", new { violationId = Guid.NewGuid(), points = 1, committedOn = day.ToString("yyyy-MM-dd") }).Ok();
        eleven["cycleTotal"]!.GetValue<int>().Should().Be(11);
        eleven["status"]!.GetValue<string>().Should().Be("Valid");

        var twelve = await clerk.PostJson($"/api/licences/{idNumber}/points", new { violationId = Guid.NewGuid(), points = 1, committedOn = day.ToString("yyyy-MM-dd") }).Ok();

        twelve["cycleTotal"]!.GetValue<int>().Should().Be(12);
        twelve["status"]!.GetValue<string>().Should().Be("Detained");
        var record = await DriverRecord(clerk, idNumber);
        record["points"]!.GetValue<int>().Should().Be(12);
        record["pendingObligations"]!.AsArray().Select(o => o!["code"]!.GetValue<string>()).Should().Contain("study_and_subject_one");
        (await clerk.PostJson("/api/cases", new { businessType = "licence.replace_lost", applicantIdNumber = idNumber }).Refused())
            .Should().Be("licence.detained");
        (await clerk.PostJson($"/api/licences/{idNumber}/points-study", new { points = 3 }).Refused())
            .Should().Be("points.study_excluded");
    }

    [Fact]
    public async Task an_illegal_score_is_refused_with_its_code()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var idNumber = Http.NewIdNumber();
        await Licensed(fixture, clerk, idNumber, Start);

        (await clerk.PostJson($"/api/licences/{idNumber}/points", new { violationId = Guid.NewGuid(), points = 4, committedOn = "2027-04-10" })
            .Refused()).Should().Be("points.invalid_score");
    }

    [Fact]
    public async Task a_malformed_id_number_is_400_naming_it()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));

        var response = await clerk.GetAsync("/api/licences/12345");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Body())["errors"]!["idNumber"].Should().NotBeNull();
    }
}
