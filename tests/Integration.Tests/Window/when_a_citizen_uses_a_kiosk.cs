using System.Net;
using FluentAssertions;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Window;

[Collection(ApiCollection.Name)]
public sealed class when_a_citizen_uses_a_kiosk(ApiFixture fixture)
{
    [Fact]
    public async Task a_licence_replacement_is_done_at_the_kiosk_from_start_to_end_without_a_clerk()
    {
        var office = Actors.NewOffice();
        var kiosk = fixture.ClientFor(WindowActors.Kiosk(office, "K07"));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var reference = "WX-" + Guid.NewGuid().ToString("N");

        var (idNumber, _) = await WindowApplicants.For(fixture, "licence.replace_lost");
        var opened = await kiosk.PostJson("/api/cases",
            new { businessType = "licence.replace_lost", applicantIdNumber = idNumber });
        opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var id = Guid.Parse((await opened.Body())["id"]!.GetValue<string>());
        await WindowApi.Accept(kiosk, id);
        await WindowApi.Pay(kiosk, id, 10m, reference);
        await WindowApi.Complete(kiosk, id);

        var trace = (await WindowApi.Get(auditor, $"/api/audit/cases/{id}/trace")).AsArray();
        trace.Select(e => e!["eventType"]!.GetValue<string>()).Should().Equal("case.opened", "case.record_checked",
            "case.waivers_applied", "case.accepted", "case.payment_recorded", "case.completed");
        trace.Should().AllSatisfy(e =>
        {
            e!["userName"]!.GetValue<string>().Should().Be("kiosk.K07");
            e["headers"]!["channel"]!.GetValue<string>().Should().Be("kiosk");
            e["headers"]!["roles"]!.GetValue<string>().Should().NotContain("clerk");
        });
        trace[0]!["data"]!["channel"]!.GetValue<string>().Should().Be("kiosk");
    }

    [Theory]
    [InlineData("vehicle.select_plate")]
    [InlineData("violation.handle")]
    public async Task plate_selection_and_violation_handling_are_kiosk_services(string businessType)
    {
        var kiosk = fixture.ClientFor(WindowActors.Kiosk(Actors.NewOffice()));

        var opened = await kiosk.PostJson("/api/cases", new { businessType, applicantIdNumber = Http.NewIdNumber() });

        opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var id = Guid.Parse((await opened.Body())["id"]!.GetValue<string>());
        await WindowApi.Accept(kiosk, id);
        await WindowApi.Complete(kiosk, id);
    }

    [Fact]
    public async Task a_business_the_catalogue_does_not_allow_at_kiosks_is_422_and_writes_nothing()
    {
        var office = Actors.NewOffice();
        var kiosk = fixture.ClientFor(WindowActors.Kiosk(office));
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var caseId = Guid.NewGuid();

        var response = await kiosk.PostJson("/api/cases",
            new { businessType = "vehicle.transfer", applicantIdNumber = Http.NewIdNumber(), caseId });

        (await WindowApi.RuleCode(response)).Should().Be("case.channel_not_allowed");
        (await clerk.GetAsync($"/api/cases/{caseId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task a_clerk_token_on_the_kiosk_channel_is_held_to_the_kiosk_list_too()
    {
        var clerkAtKiosk = fixture.ClientFor(new TokenRequest("clerk.help", [TrafficRoles.Clerk], Actors.NewOffice(),
            Counter: "K02", Channel: "kiosk"));

        var refused = await clerkAtKiosk.PostJson("/api/cases",
            new { businessType = "licence.renew", applicantIdNumber = Http.NewIdNumber() });
        var (holder, _) = await WindowApplicants.For(fixture, "licence.replace_damaged");
        var allowed = await clerkAtKiosk.PostJson("/api/cases",
            new { businessType = "licence.replace_damaged", applicantIdNumber = holder });

        (await WindowApi.RuleCode(refused)).Should().Be("case.channel_not_allowed");
        allowed.StatusCode.Should().Be(HttpStatusCode.Created, await allowed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task the_online_channel_is_refused_a_counter_only_business()
    {
        var online = fixture.ClientFor(new TokenRequest("online.platform", [TrafficRoles.Clerk], Actors.NewOffice(),
            Channel: "online"));

        var response = await online.PostJson("/api/cases",
            new { businessType = "vehicle.register_new", applicantIdNumber = Http.NewIdNumber() });

        (await WindowApi.RuleCode(response)).Should().Be("case.channel_not_allowed");
    }

    [Fact]
    public async Task a_kiosk_account_is_a_kiosk_whatever_channel_its_token_claims()
    {
        var kiosk = fixture.ClientFor(new TokenRequest("kiosk.K09", [TrafficRoles.Kiosk], Actors.NewOffice(),
            Counter: "K09", Channel: "window"));

        var response = await kiosk.PostJson("/api/cases",
            new { businessType = "vehicle.transfer", applicantIdNumber = Http.NewIdNumber() });

        (await WindowApi.RuleCode(response)).Should().Be("case.channel_not_allowed");
    }
}
