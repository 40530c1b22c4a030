using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Audit;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Supervision;

[Collection(ApiCollection.Name)]
public sealed class when_a_complaint_is_handled(ApiFixture fixture)
{
    [Fact]
    public async Task it_is_filed_assigned_and_answered_and_shows_in_the_case_s_timeline()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var supervisor = fixture.ClientFor(SupervisionApi.Supervisor());
        var auditor = fixture.ClientFor(Actors.Auditor());
        var caseId = await CaseApi.OpenAccepted(clerk);
        var complainant = Http.NewIdNumber();

        var id = await SupervisionApi.File(clerk, new
        {
            kind = "complaint", channel = "hotline", text = "Sent away twice for a photocopy.", caseId,
            clerk = "clerk." + office, complainantIdNumber = complainant, contact = "13800000000",
        });
        (await supervisor.PostJson($"/api/supervision/complaints/{id}/assign", new { handler = "supervisor.1" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var answered = await supervisor.PostJson($"/api/supervision/complaints/{id}/answer",
            new { answer = "Photocopies are waived; the clerk was retrained.", substantiated = true }, ifMatch: "\"2\"");
        answered.StatusCode.Should().Be(HttpStatusCode.OK, await answered.Content.ReadAsStringAsync());

        var complaint = await (await auditor.GetAsync($"/api/supervision/complaints/{id}")).Body();
        complaint["complaint"]!["status"]!.GetValue<string>().Should().Be("Answered");
        complaint["complaint"]!["answeredLate"]!.GetValue<bool>().Should().BeFalse();
        complaint["complaint"]!["office"]!.GetValue<string>().Should().Be(office);
        complaint["overdue"]!.GetValue<bool>().Should().BeFalse();

        await AuditChainSupport.CaughtUp(fixture);
        var timeline = (await (await auditor.GetAsync($"/api/audit/timeline?caseId={caseId}")).Body())["items"]!.AsArray();
        timeline.Select(i => i!["eventType"]!.GetValue<string>()).Should().Equal("case.opened", "case.waivers_applied",
            "case.accepted", "supervision.complaint_filed", "supervision.complaint_assigned", "supervision.complaint_answered");
        timeline.Select(i => i!["sequence"]!.GetValue<long>()).Should().BeInAscendingOrder();
        timeline[3]!["summary"]!.GetValue<string>().Should().Be("complaint filed through hotline: Sent away twice for a photocopy.");

        var aboutTheClerk = (await (await auditor.GetAsync($"/api/audit/timeline?user=clerk.{office}")).Body())["items"]!.AsArray();
        aboutTheClerk.Select(i => i!["eventType"]!.GetValue<string>()).Should().Contain("supervision.complaint_answered",
            "a clerk's timeline holds what they did and what was said about them");
        var byComplainant = (await (await auditor.GetAsync($"/api/audit/timeline?idNumber={complainant}")).Body())["items"]!.AsArray();
        byComplainant.Should().HaveCount(3);
    }

    [Fact]
    public async Task an_unanswered_complaint_is_flagged_overdue_once_its_five_working_days_are_over()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await SupervisionApi.File(clerk, new { kind = "consultation", text = "Can I renew in another city?" });
        var due = (await (await auditor.GetAsync($"/api/supervision/complaints/{id}")).Body())["complaint"]!["answerDueBy"]!
            .GetValue<DateTimeOffset>();

        async Task<List<Guid>> Overdue(DateTimeOffset asOf) =>
            (await (await auditor.GetAsync(
                $"/api/supervision/complaints?office={office}&overdue=true&asOf={Uri.EscapeDataString(asOf.ToString("O"))}")).Body())
            ["items"]!.AsArray().Select(i => i!["complaint"]!["id"]!.GetValue<Guid>()).ToList();

        due.Should().BeAfter(DateTimeOffset.UtcNow.AddDays(5), "five working days span at least a week-end");
        (await Overdue(due.AddSeconds(-1))).Should().BeEmpty();
        (await Overdue(due)).Should().Equal(id);
        var board = await (await auditor.GetAsync(
            $"/api/supervision/complaints?office={office}&asOf={Uri.EscapeDataString(due.AddDays(1).ToString("O"))}")).Body();
        board["items"]![0]!["overdue"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task refusals_name_the_rule_or_the_field()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var supervisor = fixture.ClientFor(SupervisionApi.Supervisor());

        var noTarget = await clerk.PostJson("/api/supervision/complaints", new { kind = "complaint", text = "Rude." });
        var badKind = await clerk.PostJson("/api/supervision/complaints", new { kind = "praise", text = "Nice." });
        var unknownCase = await clerk.PostJson("/api/supervision/complaints",
            new { kind = "complaint", text = "Slow.", caseId = Guid.NewGuid() });
        var id = await SupervisionApi.File(clerk, new { kind = "report", text = "Fee asked in cash.", outlet = "P1" });
        var unassigned = await supervisor.PostJson($"/api/supervision/complaints/{id}/answer", new { answer = "Checked." });
        var clerkAssigns = await clerk.PostJson($"/api/supervision/complaints/{id}/assign", new { handler = "me" });

        noTarget.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await noTarget.Body())["code"]!.GetValue<string>().Should().Be("supervision.complaint_target_required");
        (await badKind.Body())["errors"]!["kind"].Should().NotBeNull();
        (await unknownCase.Body())["errors"]!["caseId"].Should().NotBeNull();
        (await unassigned.Body())["code"]!.GetValue<string>().Should().Be("supervision.complaint_not_assigned");
        clerkAssigns.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
