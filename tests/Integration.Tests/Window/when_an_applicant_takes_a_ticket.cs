using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Window;

[Collection(ApiCollection.Name)]
public sealed class when_an_applicant_takes_a_ticket(ApiFixture fixture)
{
    [Fact]
    public async Task tickets_are_numbered_per_office_from_one()
    {
        var office = Actors.NewOffice();
        var kiosk = fixture.ClientFor(WindowActors.Kiosk(office));
        var elsewhere = fixture.ClientFor(WindowActors.Kiosk(Actors.NewOffice()));

        var numbers = new List<int>();
        for (var i = 0; i < 3; i++)
            numbers.Add((await WindowApi.Issue(kiosk, "licence.replace_lost"))["number"]!.GetValue<int>());
        var other = await WindowApi.Issue(elsewhere, "licence.replace_lost");

        numbers.Should().Equal(1, 2, 3);
        other["number"]!.GetValue<int>().Should().Be(1, "each office numbers its own queue");
    }

    [Fact]
    public async Task tickets_drawn_at_the_same_moment_never_share_a_number()
    {
        var office = Actors.NewOffice();
        var kiosks = Enumerable.Range(1, 8).Select(k => fixture.ClientFor(WindowActors.Kiosk(office, $"K{k:00}"))).ToList();

        var issued = await Task.WhenAll(kiosks.Select(k => WindowApi.Issue(k, "violation.handle")));

        issued.Select(t => t["number"]!.GetValue<int>()).Should().BeEquivalentTo(Enumerable.Range(1, 8));
    }

    [Fact]
    public async Task one_ticket_one_counter_one_case_with_nothing_but_the_id_card()
    {
        var office = Actors.NewOffice();
        var kiosk = fixture.ClientFor(WindowActors.Kiosk(office));
        var clerk = fixture.ClientFor(Actors.Clerk(office, counter: "W02"));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var ticket = await WindowApi.IssueId(kiosk, "licence.replace_lost");
        var (idNumber, body) = await WindowApplicants.For(fixture, "licence.replace_lost");

        await WindowApi.Call(clerk, ticket);
        var caseId = await WindowApi.OpenCase(clerk, ticket, body);
        await WindowApi.Accept(clerk, caseId);
        await WindowApi.Pay(clerk, caseId, 10m, "WX-" + Guid.NewGuid().ToString("N"));
        await WindowApi.Complete(clerk, caseId);
        await WindowApi.Serve(clerk, ticket);

        var view = await WindowApi.Ticket(clerk, ticket);
        view["status"]!.GetValue<string>().Should().Be("Served");
        view["counter"]!.GetValue<string>().Should().Be("W02");
        view["calledBy"]!.GetValue<string>().Should().Be("clerk." + office);
        view["caseId"]!.GetValue<string>().Should().Be(caseId.ToString());
        view["businessType"]!.GetValue<string>().Should().Be("licence.replace_lost");

        var summary = await WindowApi.Case(clerk, caseId);
        summary["businessType"]!.GetValue<string>().Should().Be("licence.replace_lost", "the case takes the ticket's business");
        summary["applicantIdNumber"]!.GetValue<string>().Should().Be(idNumber);
        summary["counter"]!.GetValue<string>().Should().Be("W02");
        summary["visits"]!.GetValue<int>().Should().Be(1);
        summary["status"]!.GetValue<string>().Should().Be("Completed");
        (await WindowApi.EventTypes(auditor, caseId)).Should().Equal("case.opened", "case.record_checked",
            "case.waivers_applied", "case.visit_started", "case.accepted", "case.payment_recorded", "case.completed");
    }

    [Fact]
    public async Task a_case_not_finished_in_one_visit_records_why_and_counts_the_next_visit()
    {
        var office = Actors.NewOffice();
        var kiosk = fixture.ClientFor(WindowActors.Kiosk(office));
        var first = fixture.ClientFor(Actors.Clerk(office, counter: "W01"));
        var second = fixture.ClientFor(WindowActors.Clerk(office, "W03", "clerk.zhao"));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var ticket = await WindowApi.IssueId(kiosk, "licence.renew");
        await WindowApi.Call(first, ticket);
        var caseId = await WindowApi.OpenCase(first, ticket, await WindowApplicants.Body(fixture, "licence.renew"));
        await WindowApi.Accept(first, caseId);

        await WindowApi.ReturnVisit(first, ticket, "The medical certificate on record has expired.");

        var waiting = await WindowApi.Case(first, caseId);
        waiting["awaitingReturn"]!.GetValue<bool>().Should().BeTrue();
        waiting["returnVisitReason"]!.GetValue<string>().Should().Be("The medical certificate on record has expired.");
        (await WindowApi.Ticket(first, ticket))["status"]!.GetValue<string>().Should().Be("Served");

        var back = await WindowApi.IssueId(kiosk, "licence.renew");
        await WindowApi.Call(second, back);
        await WindowApi.Resume(second, back, caseId);
        await WindowApi.Pay(second, caseId, 10m, "AP-" + Guid.NewGuid().ToString("N"));
        await WindowApi.Complete(second, caseId);
        await WindowApi.Serve(second, back);

        var done = await WindowApi.Case(second, caseId);
        done["visits"]!.GetValue<int>().Should().Be(2);
        done["returnVisitsRequired"]!.GetValue<int>().Should().Be(1);
        done["awaitingReturn"]!.GetValue<bool>().Should().BeFalse();
        (await WindowApi.Ticket(second, back))["returnVisit"]!.GetValue<bool>().Should().BeTrue();
        // The licence and the medical certificate are looked up in the records when the case opens.
        (await WindowApi.EventTypes(auditor, caseId)).Should().Equal("case.opened", "case.record_checked",
            "case.record_checked", "case.waivers_applied", "case.visit_started", "case.accepted",
            "case.return_visit_required", "case.visit_started", "case.payment_recorded", "case.completed");
    }

    [Fact]
    public async Task the_queue_refuses_steps_out_of_order_with_rule_codes()
    {
        var office = Actors.NewOffice();
        var kiosk = fixture.ClientFor(WindowActors.Kiosk(office));
        var w01 = fixture.ClientFor(Actors.Clerk(office, counter: "W01"));
        var w02 = fixture.ClientFor(WindowActors.Clerk(office, "W02", "clerk.qian"));
        var ticket = await WindowApi.IssueId(kiosk, "licence.contact_change");

        (await WindowApi.RuleCode(await w01.PostJson($"/api/queue/tickets/{ticket}/case",
            new { applicantIdNumber = Http.NewIdNumber() }))).Should().Be("queue.not_called");
        await WindowApi.Call(w01, ticket);
        (await WindowApi.RuleCode(await w02.Post($"/api/queue/tickets/{ticket}/call"))).Should().Be("queue.not_waiting");
        (await WindowApi.RuleCode(await w02.Post($"/api/queue/tickets/{ticket}/serve")))
            .Should().Be("queue.called_to_another_counter");
        (await WindowApi.RuleCode(await w01.PostJson($"/api/queue/tickets/{ticket}/return-visit", new { reason = "x" })))
            .Should().Be("queue.no_case");
        await WindowApi.NoShow(w01, ticket);
        (await WindowApi.RuleCode(await w01.Post($"/api/queue/tickets/{ticket}/serve"))).Should().Be("queue.ticket_closed");
        (await WindowApi.Ticket(w01, ticket))["status"]!.GetValue<string>().Should().Be("NoShow");
    }

    [Fact]
    public async Task the_queue_belongs_to_its_office_and_its_counters_to_clerks()
    {
        var office = Actors.NewOffice();
        var kiosk = fixture.ClientFor(WindowActors.Kiosk(office));
        var stranger = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var ticket = await WindowApi.IssueId(kiosk, "licence.contact_change");

        (await stranger.Post($"/api/queue/tickets/{ticket}/call")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await kiosk.Post($"/api/queue/tickets/{ticket}/call")).StatusCode.Should().Be(HttpStatusCode.Forbidden,
            "a kiosk issues tickets; only a clerk works a counter");
        (await stranger.Post($"/api/queue/tickets/{Guid.NewGuid()}/call")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var unknown = await kiosk.PostJson("/api/queue/tickets", new { businessType = "licence.teleport" });
        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unknown.Body())["errors"]!["businessType"].Should().NotBeNull();
    }
}
