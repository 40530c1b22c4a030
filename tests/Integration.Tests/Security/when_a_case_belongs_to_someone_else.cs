using System.Net;
using FluentAssertions;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Identity;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Outlets;

namespace TrafficCqrs.Integration.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class when_a_case_belongs_to_someone_else(ApiFixture fixture)
{
    // vehicle.replace_plate is done at the vehicle's own office; licence.apply at any office, and
    // needs no record on file to open.
    private const string OwnOfficeOnly = "vehicle.replace_plate";
    private const string AnyOffice = "licence.apply";
    private const string OutletBusiness = "vehicle.register_new";
    private const string KioskBusiness = "vehicle.select_plate";

    /// <summary>A commissioned dealer's agent and a fresh applicant whose identity stands verified, as outlet cases need.</summary>
    private async Task<HttpClient> Dealer(string office, string code)
    {
        await OutletApi.Commission(fixture, office, code, "dealer", [OutletBusiness]);
        return fixture.ClientFor(Actors.Agent(office, code));
    }

    private static IEnumerable<Func<HttpClient, Guid, Task<HttpResponseMessage>>> Commands() =>
    [
        (c, id) => c.Post($"/api/cases/{id}/accept"),
        (c, id) => c.PostJson($"/api/cases/{id}/payments", new { amount = 100m, method = "wechat", reference = "WX-X" }),
        (c, id) => c.Post($"/api/cases/{id}/complete"),
        (c, id) => c.PostJson($"/api/cases/{id}/reject", new { reason = "not mine" }),
        (c, id) => c.PostJson($"/api/cases/{id}/withdraw", new { reason = "not mine" }),
    ];

    [Fact]
    public async Task a_clerk_of_another_office_may_neither_read_nor_act_on_it()
    {
        var owner = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var stranger = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var id = await CaseApi.OpenAccepted(owner, OwnOfficeOnly);
        var accepted = await CaseApi.Version(owner, id);

        var read = await stranger.GetAsync($"/api/cases/{id}");
        read.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await read.Body())["detail"]!.GetValue<string>().Should().Contain("belongs to office");
        foreach (var command in Commands())
            (await command(stranger, id)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await CaseApi.Version(owner, id)).Should().Be(accepted, "nothing the stranger tried was written");
    }

    [Fact]
    public async Task a_clerk_of_another_office_may_handle_a_business_done_anywhere()
    {
        var owner = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var elsewhere = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var id = await CaseApi.Open(owner, AnyOffice);

        (await elsewhere.GetAsync($"/api/cases/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await elsewhere.Post($"/api/cases/{id}/accept")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task an_agent_may_neither_read_nor_act_on_another_outlets_case_nor_an_office_case()
    {
        var office = Actors.NewOffice();
        var dealer = await Dealer(office, "DEALER-" + office);
        var otherDealer = await Dealer(office, "DEALER-B-" + office);
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var outletCase = await CaseApi.Open(dealer, OutletBusiness, await IdentityApi.VerifiedAtCounter(fixture, office));
        var officeCase = await CaseApi.Open(clerk, AnyOffice);
        var outletCaseVersion = await CaseApi.Version(dealer, outletCase);
        var officeCaseVersion = await CaseApi.Version(clerk, officeCase);

        (await otherDealer.GetAsync($"/api/cases/{outletCase}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await dealer.GetAsync($"/api/cases/{officeCase}")).StatusCode.Should().Be(HttpStatusCode.Forbidden,
            "an outlet works only on its own cases, even for a business done anywhere");
        foreach (var command in Commands())
        {
            (await command(otherDealer, outletCase)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await command(dealer, officeCase)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        }
        (await CaseApi.Version(dealer, outletCase)).Should().Be(outletCaseVersion, "nothing the other outlet tried was written");
        (await CaseApi.Version(clerk, officeCase)).Should().Be(officeCaseVersion, "nothing the outlet tried was written");
    }

    [Theory]
    [InlineData("licence.postpone")]
    [InlineData("vehicle.replace_certificate")]
    public async Task an_agent_may_not_open_a_business_outlets_may_not_handle(string businessType)
    {
        var office = Actors.NewOffice();
        await OutletApi.Commission(fixture, office, "POST-" + office, "post_office", ["licence.replace_lost"]);
        var agent = fixture.ClientFor(Actors.Agent(office, "POST-" + office));
        var caseId = Guid.NewGuid();

        var response = await agent.PostJson("/api/cases",
            new { businessType, applicantIdNumber = await IdentityApi.VerifiedAtCounter(fixture, office), caseId });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Body())["detail"]!.GetValue<string>().Should().Contain(BusinessCatalogue.Standard.Find(businessType)!.NameEn,
            "the refusal names the business no outlet may do");
        (await fixture.ClientFor(Actors.Auditor()).GetAsync($"/api/cases/{caseId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task a_kiosk_carries_its_own_offices_case_through_but_no_other_offices()
    {
        var office = Actors.NewOffice();
        var kiosk = fixture.ClientFor(the_role_matrix.TokenFor(TrafficRoles.Kiosk, office));
        var otherKiosk = fixture.ClientFor(the_role_matrix.TokenFor(TrafficRoles.Kiosk, Actors.NewOffice()));
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var kioskCase = await CaseApi.Open(kiosk, KioskBusiness);
        var counterCase = await CaseApi.Open(clerk, KioskBusiness);
        var counterCaseVersion = await CaseApi.Version(clerk, counterCase);

        foreach (var command in Commands())
            (await command(otherKiosk, counterCase)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await CaseApi.Version(clerk, counterCase)).Should().Be(counterCaseVersion, "nothing the other office's kiosk tried was written");
        (await kiosk.Post($"/api/cases/{kioskCase}/accept")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await kiosk.Post($"/api/cases/{counterCase}/accept")).StatusCode.Should().Be(HttpStatusCode.OK,
            "a kiosk serves its office's cases, whoever opened them");
    }

    [Fact]
    public async Task an_agent_token_without_an_outlet_is_refused()
    {
        var office = Actors.NewOffice();
        var agent = fixture.ClientFor(new TokenRequest("agent.nowhere", [TrafficRoles.Agent], office));

        var response = await agent.PostJson("/api/cases", new { businessType = AnyOffice, applicantIdNumber = Http.NewIdNumber() });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await agent.GetAsync("/api/cases")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task lists_are_cut_to_the_clerks_office_and_the_agents_outlet()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var dealer = await Dealer(office, "DEALER-" + office);
        var officeCase = await CaseApi.Open(clerk);
        var outletCase = await CaseApi.Open(dealer, OutletBusiness, await IdentityApi.VerifiedAtCounter(fixture, office));
        await CaseApi.Open(fixture.ClientFor(Actors.Clerk(Actors.NewOffice())));

        static async Task<List<Guid>> Ids(HttpClient client, string query = "") =>
            (await (await client.GetAsync("/api/cases?pageSize=200" + query)).Body())["items"]!.AsArray()
            .Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).ToList();

        var clerkSees = await Ids(clerk);
        var dealerSees = await Ids(dealer);

        clerkSees.Should().Contain([officeCase, outletCase], "an outlet's cases belong to its office too");
        (await (await clerk.GetAsync("/api/cases")).Body())["items"]!.AsArray()
            .Should().OnlyContain(i => i!["office"]!.GetValue<string>() == office);
        dealerSees.Should().Equal(outletCase);
        (await Ids(dealer, "&office=" + office)).Should().Equal(outletCase);
    }

    [Fact]
    public async Task a_clerk_asking_for_another_offices_list_is_refused()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));

        var response = await clerk.GetAsync($"/api/cases?office={Actors.NewOffice()}");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task auditors_supervisors_and_analysts_read_any_case()
    {
        var id = await CaseApi.Open(fixture.ClientFor(Actors.Clerk(Actors.NewOffice())), OwnOfficeOnly);

        foreach (var reader in new[] { Actors.Auditor(), Actors.Supervisor(), Actors.Analyst() })
            (await fixture.ClientFor(reader).GetAsync($"/api/cases/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
