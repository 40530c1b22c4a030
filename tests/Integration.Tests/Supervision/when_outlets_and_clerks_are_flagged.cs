using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Domain.Supervision;
using TrafficCqrs.Integration.Tests.Audit;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Identity;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Licensing;
using TrafficCqrs.Integration.Tests.Outlets;
using TrafficCqrs.Projections.Supervision;

namespace TrafficCqrs.Integration.Tests.Supervision;

/// <summary>
/// The flags on an outlet's volume, fast cases and refused attempts: each raised by a day built to cross
/// its threshold and not by one just under it. The rules count the times the events carry, so the
/// host's clock stands at the days and seconds each scenario needs.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class when_outlets_and_clerks_are_flagged(ApiFixture fixture) : IDisposable
{
    private const string LicenceLost = "licence.replace_lost";

    public void Dispose() => fixture.Clock.Reset();

    /// <summary>Noon at the office, some days from today; any weekday will do for these rules.</summary>
    private static DateTimeOffset Noon(int daysFromToday) =>
        new(FlagRules.OfficeDay(DateTimeOffset.UtcNow).AddDays(daysFromToday).ToDateTime(new TimeOnly(12, 0)),
            WorkingDays.OfficeOffset);

    private async Task<JsonArray> Flags(string kind, string office)
    {
        await AuditChainSupport.CaughtUp(fixture);
        var response = await fixture.ClientFor(Actors.Auditor()).GetAsync($"/api/supervision/flags?kind={kind}&office={office}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Body())["items"]!.AsArray();
    }

    private async Task<List<JsonNode>> Trace(JsonNode flag)
    {
        var response = await fixture.ClientFor(Actors.Auditor()).GetAsync(flag["trace"]!.GetValue<string>() + "&pageSize=500");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Body())["items"]!.AsArray().Select(i => i!).ToList();
    }

    private static IEnumerable<JsonNode> OfType(IEnumerable<JsonNode> trace, string eventType) =>
        trace.Where(i => i["eventType"]!.GetValue<string>() == eventType);

    [Fact]
    public async Task an_outlets_day_is_flagged_at_its_20th_case_above_three_times_its_average_and_not_at_its_19th()
    {
        var office = Actors.NewOffice();
        var code = OutletApi.NewCode(office, "PO");
        var agent = await OutletApi.CommissionedAgent(fixture, office, code, "post_office", LicenceLost);
        var applicant = await IdentityApi.VerifiedAtCounter(fixture, office);
        await LicenceRecords.IssueHeld(fixture, applicant);
        async Task<Guid> OpenCases(int count)
        {
            var last = Guid.Empty;
            for (var i = 0; i < count; i++) last = await CaseApi.Open(agent, LicenceLost, applicant);
            return last;
        }

        // Its history: 2 cases one day, none the next, 4 the day after: an average day of 3.
        fixture.Clock.Set(Noon(1));
        await OpenCases(2);
        fixture.Clock.Set(Noon(3));
        await OpenCases(4);
        fixture.Clock.Set(Noon(4));
        await OpenCases(FlagRules.VolumeSpikeMinimumCases - 1);

        (await Flags(FlagRules.OutletVolumeSpike, office)).Should()
            .BeEmpty("19 cases are under the minimum, though more than three times the average day");

        var twentieth = await OpenCases(1);
        await OpenCases(1);
        var flags = await Flags(FlagRules.OutletVolumeSpike, office);

        var flag = flags.Should().ContainSingle("one flag per outlet and day").Subject!;
        flag["streamId"]!.GetValue<Guid>().Should().Be(twentieth);
        flag["subject"]!.GetValue<string>().Should().Be(code);
        flag["subjectKind"]!.GetValue<string>().Should().Be("outlet");
        flag["detail"]!.GetValue<string>().Should().Contain("20 cases").And.Contain("average day of 3");
        var trace = await Trace(flag);
        trace.Select(i => i["sequence"]!.GetValue<long>()).Should().Contain(flag["sequence"]!.GetValue<long>());
        OfType(trace, "case.opened").Should().HaveCount(20, "the trace runs from the day's first case to the one that raised the flag");
    }

    [Fact]
    public async Task a_case_accepted_and_completed_by_one_clerk_within_a_minute_is_flagged_and_not_at_a_minute_or_by_two()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var colleague = fixture.ClientFor(new TokenRequest("clerk2." + office, [TrafficRoles.Clerk], office, "W02"));
        var start = Noon(1);
        async Task<Guid> AcceptedAndCompleted(HttpClient acceptedBy, HttpClient completedBy, TimeSpan after)
        {
            fixture.Clock.Set(start);
            var id = await CaseApi.OpenAccepted(acceptedBy);
            fixture.Clock.Set(start + after);
            (await completedBy.PostJson($"/api/cases/{id}/payments", new { amount = 10m, method = "wechat", reference = "WX-" + id.ToString("N")[..8] }))
                .StatusCode.Should().Be(HttpStatusCode.OK);
            var completed = await completedBy.Post($"/api/cases/{id}/complete");
            completed.StatusCode.Should().Be(HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
            return id;
        }

        var fast = await AcceptedAndCompleted(clerk, clerk, FlagRules.PlausibleCaseDuration - TimeSpan.FromSeconds(1));
        await AcceptedAndCompleted(clerk, clerk, FlagRules.PlausibleCaseDuration);
        await AcceptedAndCompleted(clerk, colleague, TimeSpan.FromSeconds(1));
        var flags = await Flags(FlagRules.ImplausiblyFastCase, office);

        var flag = flags.Should().ContainSingle("a minute is plausible, and a colleague completing checks the first clerk").Subject!;
        flag["streamId"]!.GetValue<Guid>().Should().Be(fast);
        flag["subject"]!.GetValue<string>().Should().Be("clerk." + office);
        flag["eventType"]!.GetValue<string>().Should().Be("case.completed");
        flag["detail"]!.GetValue<string>().Should().Contain("59 seconds");
        var trace = await Trace(flag);
        trace.Select(i => i["sequence"]!.GetValue<long>()).Should().Contain(flag["sequence"]!.GetValue<long>());
        OfType(trace, "case.accepted").Should().ContainSingle()
            .Which["userName"]!.GetValue<string>().Should().Be("clerk." + office);
    }

    [Fact]
    public async Task a_user_refused_three_times_in_a_day_is_flagged_once_and_twice_a_day_is_not()
    {
        var office = Actors.NewOffice();
        // Never commissioned: every case its agent tries is refused and recorded on the outlet's stream.
        var code = OutletApi.NewCode(office, "PO");
        var agent = fixture.ClientFor(Actors.Agent(office, code));
        var user = Actors.Agent(office, code).User;
        async Task Refused(int times)
        {
            for (var i = 0; i < times; i++)
                (await agent.PostJson("/api/cases", new { businessType = LicenceLost, applicantIdNumber = Http.NewIdNumber() }))
                    .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        }

        fixture.Clock.Set(Noon(1));
        await Refused(FlagRules.RefusalsFlagged - 1);
        fixture.Clock.Set(Noon(2));
        await Refused(FlagRules.RefusalsFlagged - 1);

        (await Flags(FlagRules.RefusedAuthorisationAttempts, office)).Should()
            .BeEmpty("two refusals a day, on two days, are a normal slip");

        await Refused(2);
        var flags = await Flags(FlagRules.RefusedAuthorisationAttempts, office);

        var flag = flags.Should().ContainSingle("one flag per user and day").Subject!;
        flag["subject"]!.GetValue<string>().Should().Be(user);
        flag["subjectKind"]!.GetValue<string>().Should().Be("user");
        flag["eventType"]!.GetValue<string>().Should().Be("outlet.action_refused");
        flag["detail"]!.GetValue<string>().Should().Contain("refused 3 times").And.Contain("outlet.not_commissioned");
        var trace = await Trace(flag);
        trace.Select(i => i["sequence"]!.GetValue<long>()).Should().Contain(flag["sequence"]!.GetValue<long>());
        OfType(trace, "outlet.action_refused").Should().HaveCount(3, "the trace holds the day's refusals up to the flag");
    }

    [Fact]
    public async Task a_flag_already_raised_on_an_earlier_page_is_kept_as_it_was()
    {
        var office = Actors.NewOffice();
        var code = OutletApi.NewCode(office, "PO");
        var agent = fixture.ClientFor(Actors.Agent(office, code));
        async Task Refused()
        {
            (await agent.PostJson("/api/cases", new { businessType = LicenceLost, applicantIdNumber = Http.NewIdNumber() }))
                .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        }

        fixture.Clock.Set(Noon(1));
        for (var i = 0; i < FlagRules.RefusalsFlagged; i++) await Refused();
        var raised = (await Flags(FlagRules.RefusedAuthorisationAttempts, office)).Should().ContainSingle().Subject!;

        // Each on a page of its own: the daemon has caught up before the next.
        await Refused();
        await AuditChainSupport.CaughtUp(fixture);
        await Refused();
        var flags = await Flags(FlagRules.RefusedAuthorisationAttempts, office);

        var flag = flags.Should().ContainSingle("one flag per user and day").Subject!;
        flag["sequence"]!.GetValue<long>().Should().Be(raised["sequence"]!.GetValue<long>(), "the flag is the one first raised");
        flag["detail"]!.GetValue<string>().Should().Contain($"refused {FlagRules.RefusalsFlagged} times");
    }

    [Fact]
    public async Task a_fast_case_is_flagged_when_its_acceptance_was_on_an_earlier_page()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        fixture.Clock.Set(Noon(1));
        var id = await CaseApi.OpenAccepted(clerk);
        await AuditChainSupport.CaughtUp(fixture);

        fixture.Clock.Set(Noon(1) + TimeSpan.FromSeconds(30));
        (await clerk.PostJson($"/api/cases/{id}/payments", new { amount = 10m, method = "wechat", reference = "WX-" + id.ToString("N")[..8] }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await clerk.Post($"/api/cases/{id}/complete")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await Flags(FlagRules.ImplausiblyFastCase, office)).Should().ContainSingle()
            .Which!["streamId"]!.GetValue<Guid>().Should().Be(id);
    }

    [Fact]
    public async Task an_acceptance_note_is_gone_once_its_case_is_completed_or_rejected()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var completed = await CaseApi.OpenAccepted(clerk);
        var rejected = await CaseApi.OpenAccepted(clerk);
        await AuditChainSupport.CaughtUp(fixture);
        (await Note(completed)).Should().NotBeNull("an accepted case is noted until it ends");

        (await clerk.PostJson($"/api/cases/{completed}/payments", new { amount = 10m, method = "wechat", reference = "WX-" + completed.ToString("N")[..8] }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await clerk.Post($"/api/cases/{completed}/complete")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await clerk.PostJson($"/api/cases/{rejected}/reject", new { reason = "documents forged" })).StatusCode.Should().Be(HttpStatusCode.OK);
        await AuditChainSupport.CaughtUp(fixture);

        (await Note(completed)).Should().BeNull();
        (await Note(rejected)).Should().BeNull();
    }

    private async Task<CaseAcceptanceNote?> Note(Guid caseId)
    {
        await using var session = fixture.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<CaseAcceptanceNote>(caseId);
    }
}
