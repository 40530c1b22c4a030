using System.Net;
using FluentAssertions;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Licensing;
using TrafficCqrs.Domain.Supervision;
using TrafficCqrs.Integration.Tests.Audit;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Licensing;

namespace TrafficCqrs.Integration.Tests.Supervision;

[Collection(ApiCollection.Name)]
public sealed class when_supervision_flags_are_raised(ApiFixture fixture)
{
    [Fact]
    public async Task a_third_replacement_for_one_person_is_flagged_with_its_trace_and_two_are_not()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var frequent = Http.NewIdNumber();
        var ordinary = Http.NewIdNumber();
        // Licence cases open only for a licence on record; the ordinary applicant's is due for renewal.
        await LicenceRecords.IssueHeld(fixture, frequent);
        await LicenceRecords.Issue(fixture, ordinary,
            LicenceCalendar.Today(fixture.Clock.GetUtcNow()).AddYears(-6).AddDays(30));
        await CaseApi.Open(clerk, "licence.replace_lost", frequent);
        await CaseApi.Open(clerk, "licence.replace_damaged", ordinary);
        await CaseApi.Open(clerk, "licence.replace_damaged", frequent);
        await CaseApi.Open(clerk, "licence.renew", ordinary);
        await CaseApi.Open(clerk, "licence.replace_lost", ordinary);
        var third = await CaseApi.Open(clerk, "vehicle.replace_plate", frequent);
        await AuditChainSupport.CaughtUp(fixture);

        var flags = (await (await auditor.GetAsync(
            $"/api/supervision/flags?kind={FlagRules.FrequentReplacements}&office={office}")).Body())["items"]!.AsArray();

        flags.Should().ContainSingle("the ordinary applicant's two replacements and a renewal are a normal year");
        var flag = flags[0]!;
        flag["streamId"]!.GetValue<Guid>().Should().Be(third);
        flag["subject"]!.GetValue<string>().Should().Be(ResidentIdNumber.Mask(frequent));
        var trace = (await (await auditor.GetAsync(flag["trace"]!.GetValue<string>())).Body())["items"]!.AsArray();
        trace.Select(i => i!["sequence"]!.GetValue<long>()).Should().Contain(flag["sequence"]!.GetValue<long>());
        trace.Where(i => i!["eventType"]!.GetValue<string>() == "case.opened").Should()
            .HaveCount(3, "the person's trace holds the three replacement cases");
    }

    [Fact]
    public async Task staff_acting_outside_office_hours_are_flagged_once_a_day_and_not_within_them()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.OpenAccepted(clerk);
        var trace = (await (await auditor.GetAsync($"/api/audit/cases/{id}/trace")).Body()).AsArray();
        var outside = trace.Select(e => FlagRules.IsOutsideOfficeHours(e!["timestamp"]!.GetValue<DateTimeOffset>())).ToList();
        await AuditChainSupport.CaughtUp(fixture);

        var flags = (await (await auditor.GetAsync(
            $"/api/supervision/flags?kind={FlagRules.OutsideOfficeHours}&office={office}")).Body())["items"]!.AsArray();

        // The clock decides which side of the rule this run sees; both are checked against the same rule.
        if (outside.Any(o => o))
        {
            flags.Should().ContainSingle("one flag per clerk and day");
            flags[0]!["subject"]!.GetValue<string>().Should().Be("clerk." + office);
            flags[0]!["sequence"]!.GetValue<long>().Should().Be(trace[outside.IndexOf(true)]!["sequence"]!.GetValue<long>());
            var read = await auditor.GetAsync(flags[0]!["trace"]!.GetValue<string>());
            read.StatusCode.Should().Be(HttpStatusCode.OK, await read.Content.ReadAsStringAsync());
            var day = (await read.Body())["items"]!.AsArray();
            day.Select(i => i!["sequence"]!.GetValue<long>()).Should().Contain(flags[0]!["sequence"]!.GetValue<long>(),
                "the clerk's trace for the office day holds the event that raised the flag");
        }
        else
        {
            flags.Should().BeEmpty("acting within office hours is a normal day");
        }
    }
}
