using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;
using static TrafficCqrs.Integration.Tests.Licensing.LicensingApi;

namespace TrafficCqrs.Integration.Tests.Licensing;

/// <summary>
/// The whole way over HTTP: apply, pass the four subjects, receive the licence, lose it, replace it
/// through an ID-only case, renew it at expiry with the step-up. The host's clock is stood at each day.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class when_a_driver_goes_from_exams_to_renewal(ApiFixture fixture) : IDisposable
{
    public void Dispose() => fixture.Clock.Reset();

    [Fact]
    public async Task apply_pass_four_subjects_receive_lose_replace_and_renew_with_the_step_up()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var idNumber = Http.NewIdNumber();
        var applied = new DateOnly(2027, 1, 4);

        // Apply and pass subject 1: the learner permit.
        fixture.Clock.Set(Noon(applied));
        var filed = await clerk.PostJson("/api/exams/applications", new { applicantIdNumber = idNumber, licenceClass = "C1" })
            .Ok(HttpStatusCode.Created);
        var application = Guid.Parse(filed["applicationId"]!.GetValue<string>());
        var permit = new DateOnly(2027, 1, 11);
        await Sit(fixture, clerk, application, 1, permit, 95);
        (await clerk.GetAsync($"/api/exams/applications/{application}").Ok())["permitValidUntil"]!.GetValue<string>()
            .Should().Be("2030-01-11");

        // Subject 2 is not open before 10 days after the permit for a small car.
        (await clerk.PostJson($"/api/exams/applications/{application}/bookings",
            new { subject = 2, date = permit.AddDays(9).ToString("yyyy-MM-dd") }).Refused()).Should().Be("exam.too_early");

        // Subject 2 on day 10: the first attempt fails, the free retake passes; the schedule shows it.
        var subjectTwoDay = permit.AddDays(10);
        await Sit(fixture, clerk, application, 2, subjectTwoDay, 70, 85);
        var schedule = await clerk.GetAsync($"/api/exams/schedule?office={office}&date={subjectTwoDay:yyyy-MM-dd}").Ok();
        var sitting = schedule["sittings"]!.AsArray().Should().ContainSingle().Subject!;
        sitting["subject"]!.GetValue<int>().Should().Be(2);
        sitting["status"]!.GetValue<string>().Should().Be("passed");
        sitting["attempts"]!.GetValue<int>().Should().Be(2);
        sitting["applicant"]!.GetValue<string>().Should().NotBe(idNumber).And.EndWith(idNumber[^4..]);

        // Subjects 3 (30 days after the permit for C1) and 4: the licence is issued with the last pass.
        await Sit(fixture, clerk, application, 3, permit.AddDays(30), 90);
        var issuedOn = permit.AddDays(31);
        var last = await Sit(fixture, clerk, application, 4, issuedOn, 92);
        last["licenceIssued"]!.GetValue<bool>().Should().BeTrue();

        var record = await DriverRecord(clerk, idNumber);
        record["classes"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("C1");
        record["validity"]!.GetValue<string>().Should().Be("SixYears");
        record["validUntil"]!.GetValue<string>().Should().Be("2033-02-11");
        record["status"]!.GetValue<string>().Should().Be("Valid");
        record["inProbation"]!.GetValue<bool>().Should().BeTrue();
        record["points"]!.GetValue<int>().Should().Be(0);
        record["cycleStart"]!.GetValue<string>().Should().Be("2027-02-11");

        // Lost a year later: replaced through an ID-only case, the licence checked in the register.
        fixture.Clock.Set(Noon(new DateOnly(2028, 5, 2)));
        var replacement = await CaseThrough(clerk, "licence.replace_lost", idNumber);
        var replacementCase = await clerk.GetAsync($"/api/cases/{replacement}").Ok();
        var check = replacementCase["checks"]!.AsArray().Should().ContainSingle().Subject!;
        check["check"]!.GetValue<string>().Should().Be("licence_record");
        check["passed"]!.GetValue<bool>().Should().BeTrue();
        replacementCase["status"]!.GetValue<string>().Should().Be("Completed");
        record = await DriverRecord(clerk, idNumber);
        record["replacementsLast12Months"]!.GetValue<int>().Should().Be(1);
        record["validUntil"]!.GetValue<string>().Should().Be("2033-02-11", "a replacement keeps the validity");

        // Renewal: refused on day 91 before expiry, accepted on day 90 with the step-up to 10 years.
        fixture.Clock.Set(Noon(new DateOnly(2033, 2, 11).AddDays(-91)));
        (await clerk.PostJson("/api/cases", new { businessType = "licence.renew", applicantIdNumber = idNumber }).Refused())
            .Should().Be("licence.renewal_too_early");
        fixture.Clock.Set(Noon(new DateOnly(2033, 2, 11).AddDays(-90)));
        record = await DriverRecord(clerk, idNumber);
        record["pendingObligations"]!.AsArray().Select(o => o!["code"]!.GetValue<string>()).Should().Contain("renewal");
        var renewal = await CaseThrough(clerk, "licence.renew", idNumber, new { medicalCertificate = "MED-2032-0001" });

        record = await DriverRecord(clerk, idNumber);
        record["validity"]!.GetValue<string>().Should().Be("TenYears");
        record["validFrom"]!.GetValue<string>().Should().Be("2033-02-11");
        record["validUntil"]!.GetValue<string>().Should().Be("2043-02-11");
        record["version"]!.GetValue<long>().Should().Be(4, "issued, replaced, renewed with the medical submitted");
        record["pendingObligations"]!.AsArray().Should().BeEmpty("the renewal's medical meets the yearly one of a holder over 70");

        var renewalCase = await clerk.GetAsync($"/api/cases/{renewal}").Ok();
        renewalCase["checks"]!.AsArray().Select(c => c!["check"]!.GetValue<string>())
            .Should().Equal("licence_record", "medical_certificate");
    }
}
