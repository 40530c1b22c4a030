using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Identity;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Outlets;

namespace TrafficCqrs.Integration.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class when_a_caller_is_not_allowed(ApiFixture fixture)
{
    [Fact]
    public async Task no_token_is_401()
    {
        var anonymous = fixture.AnonymousClient();

        (await anonymous.PostJson("/api/cases", new { businessType = "licence.renew", applicantIdNumber = Http.NewIdNumber() }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/cases")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task an_analyst_may_not_open_a_case_and_is_told_why()
    {
        var analyst = fixture.ClientFor(Actors.Analyst());

        var response = await analyst.PostJson("/api/cases", new { businessType = "licence.renew", applicantIdNumber = Http.NewIdNumber() });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Body())["detail"]!.GetValue<string>().Should().Contain("clerk");
    }

    [Fact]
    public async Task a_clerk_may_not_read_the_audit_trace()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var id = await CaseApi.Open(clerk);

        (await clerk.GetAsync($"/api/audit/cases/{id}/trace")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task a_clerk_of_another_office_may_not_act_on_the_case()
    {
        var owner = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var stranger = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var id = await CaseApi.Open(owner, "vehicle.replace_plate");
        var opened = await CaseApi.Version(owner, id);

        var response = await stranger.Post($"/api/cases/{id}/accept");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await CaseApi.Version(owner, id)).Should().Be(opened, "the stranger's acceptance was not written");
    }

    [Fact]
    public async Task an_agent_acts_only_on_its_own_outlets_cases()
    {
        var office = Actors.NewOffice();
        var dealer = fixture.ClientFor(Actors.Agent(office, "DEALER-" + office));
        var otherDealer = fixture.ClientFor(Actors.Agent(office, "DEALER-X-" + office));
        // Outlets act only under a commission, for applicants whose identity stands verified.
        await OutletApi.Commission(fixture, office, "DEALER-" + office, "dealer", ["vehicle.register_new"]);
        await OutletApi.Commission(fixture, office, "DEALER-X-" + office, "dealer", ["vehicle.register_new"]);
        var applicant = await IdentityApi.VerifiedAtCounter(fixture, office);
        var id = await CaseApi.Open(dealer, "vehicle.register_new", applicant);

        (await otherDealer.Post($"/api/cases/{id}/accept")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await dealer.Post($"/api/cases/{id}/accept")).StatusCode.Should().Be(HttpStatusCode.OK);
        var summary = await (await dealer.GetAsync($"/api/cases/{id}")).Body();
        summary["channel"]!.GetValue<string>().Should().Be("outlet");
        summary["outlet"]!.GetValue<string>().Should().Be("DEALER-" + office);
    }
}
