using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Audit;

[Collection(ApiCollection.Name)]
public sealed class when_an_auditor_replays_a_case(ApiFixture fixture)
{
    [Fact]
    public async Task the_trace_lists_every_event_in_order_with_who_where_and_why()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office, counter: "W07"));
        var auditor = fixture.ClientFor(Actors.Auditor());
        clerk.DefaultRequestHeaders.Add("X-Correlation-Id", "journey-42");
        var id = await CaseApi.OpenAccepted(clerk);
        (await clerk.PostJson($"/api/cases/{id}/payments", new { amount = 10m, method = "unionpay", reference = "UP-1" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var response = await auditor.GetAsync($"/api/audit/cases/{id}/trace");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var trace = (await response.Body()).AsArray();
        trace.Select(e => e!["eventType"]!.GetValue<string>()).Should()
            .Equal("case.opened", "case.waivers_applied", "case.accepted", "case.payment_recorded");
        trace.Select(e => e!["version"]!.GetValue<long>()).Should().Equal(1, 2, 3, 4);
        trace.Select(e => e!["sequence"]!.GetValue<long>()).Should().BeInAscendingOrder();

        var payment = trace[3]!;
        payment["data"]!["reference"]!.GetValue<string>().Should().Be("UP-1");
        payment["userName"]!.GetValue<string>().Should().Be("clerk." + office);
        payment["correlationId"]!.GetValue<string>().Should().Be("journey-42");
        payment["causationId"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        payment["timestamp"]!.GetValue<DateTimeOffset>().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        var headers = payment["headers"]!;
        headers["office"]!.GetValue<string>().Should().Be(office);
        headers["counter"]!.GetValue<string>().Should().Be("W07");
        headers["channel"]!.GetValue<string>().Should().Be("window");
        headers["roles"]!.GetValue<string>().Should().Be("clerk");
        headers["command"]!.GetValue<string>().Should().Be("RecordPayment");

        trace[0]!["causationId"]!.GetValue<string>().Should().NotBe(payment["causationId"]!.GetValue<string>(),
            "each command is its own cause");
    }

    [Fact]
    public async Task the_state_at_a_version_is_the_case_as_it_was_then()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.OpenAccepted(clerk);
        (await clerk.PostJson($"/api/cases/{id}/reject", new { reason = "Wrong office." })).EnsureSuccessStatusCode();

        var atOne = await (await auditor.GetAsync($"/api/audit/cases/{id}/state?version=1")).Body();
        var atThree = await (await auditor.GetAsync($"/api/audit/cases/{id}/state?version=3")).Body();
        var now = await (await auditor.GetAsync($"/api/audit/cases/{id}/state")).Body();

        atOne["version"]!.GetValue<long>().Should().Be(1);
        atOne["state"]!["status"]!.GetValue<string>().Should().Be("Opened");
        atThree["state"]!["status"]!.GetValue<string>().Should().Be("Accepted");
        now["version"]!.GetValue<long>().Should().Be(4);
        now["state"]!["status"]!.GetValue<string>().Should().Be("Rejected");
        now["state"]!["reason"]!.GetValue<string>().Should().Be("Wrong office.");
    }

    [Fact]
    public async Task the_state_at_an_instant_ignores_what_came_later()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.Open(clerk);
        var trace = (await (await auditor.GetAsync($"/api/audit/cases/{id}/trace")).Body()).AsArray();
        var openedAt = trace[0]!["timestamp"]!.GetValue<DateTimeOffset>();
        await Task.Delay(50);
        (await clerk.Post($"/api/cases/{id}/accept")).EnsureSuccessStatusCode();

        var at = Uri.EscapeDataString(openedAt.AddMilliseconds(10).ToString("O"));
        var then = await (await auditor.GetAsync($"/api/audit/cases/{id}/state?at={at}")).Body();
        var before = await auditor.GetAsync(
            $"/api/audit/cases/{id}/state?at={Uri.EscapeDataString(openedAt.AddMinutes(-5).ToString("O"))}");

        then["state"]!["status"]!.GetValue<string>().Should().Be("Opened");
        then["version"]!.GetValue<long>().Should().Be(2, "the waivers are recorded with the opening");
        before.StatusCode.Should().Be(HttpStatusCode.NotFound, "the case did not exist five minutes before it was opened");
    }

    [Fact]
    public async Task a_malformed_version_or_instant_is_400_naming_it()
    {
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = Guid.NewGuid();

        var badVersion = await auditor.GetAsync($"/api/audit/cases/{id}/state?version=two");
        var badInstant = await auditor.GetAsync($"/api/audit/cases/{id}/state?at=yesterday");

        badVersion.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badVersion.Body())["errors"]!["version"].Should().NotBeNull();
        badInstant.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badInstant.Body())["errors"]!["at"].Should().NotBeNull();
    }
}
