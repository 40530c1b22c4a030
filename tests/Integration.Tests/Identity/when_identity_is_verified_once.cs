using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Licensing;
using TrafficCqrs.Integration.Tests.Outlets;

namespace TrafficCqrs.Integration.Tests.Identity;

/// <summary>一次采集、多点可用: verified once, reused by every online or outlet case, until it expires or is revoked.</summary>
[Collection(ApiCollection.Name)]
public sealed class when_identity_is_verified_once(ApiFixture fixture)
{
    [Fact]
    public async Task an_online_case_without_a_verified_identity_is_refused_422_and_writes_nothing()
    {
        var office = Actors.NewOffice();
        var online = fixture.ClientFor(IdentityApi.OnlineAccount(office));
        var caseId = Guid.NewGuid();

        var response = await online.PostJson("/api/cases",
            new { businessType = "licence.replace_lost", applicantIdNumber = Http.NewIdNumber(), caseId });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Body();
        problem["code"]!.GetValue<string>().Should().Be("identity.not_verified");
        problem["detail"]!.GetValue<string>().Should().Contain("never been verified");
        (await online.GetAsync($"/api/cases/{caseId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task one_verification_online_serves_an_online_case_and_a_post_office_case()
    {
        var office = Actors.NewOffice();
        var online = fixture.ClientFor(IdentityApi.OnlineAccount(office));
        var code = OutletApi.NewCode(office, "PO");
        var post = await OutletApi.CommissionedAgent(fixture, office, code, "post_office", "licence.replace_lost", "violation.handle");
        var person = Http.NewIdNumber();
        await LicenceRecords.IssueHeld(fixture, person);
        await IdentityApi.Verify(online, person, "online_identity_platform");

        var onlineCase = await CaseApi.Open(online, "licence.replace_lost", person);
        var outletCase = await CaseApi.Open(post, "violation.handle", person);

        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var identity = await (await clerk.GetAsync($"/api/identities/{person}/verifications")).Body();
        identity["verified"]!.GetValue<bool>().Should().BeTrue();
        identity["verifications"]!.AsArray().Should().ContainSingle("one verification, reused")
            .Which!["method"]!.GetValue<string>().Should().Be("online_identity_platform");

        var cases = (await (await clerk.GetAsync($"/api/people/{person}/cases")).Body()).AsArray();
        cases.Select(c => c!["id"]!.GetValue<Guid>()).Should().BeEquivalentTo([onlineCase, outletCase]);
        cases.Select(c => c!["channel"]!.GetValue<string>()).Should().BeEquivalentTo(["online", "outlet"]);
        cases.Select(c => c!["identitySource"]!.GetValue<string>()).Should()
            .AllBe("identity verification online_identity_platform");
    }

    [Fact]
    public async Task a_revoked_verification_no_longer_serves_and_says_why()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var online = fixture.ClientFor(IdentityApi.OnlineAccount(office));
        var person = await IdentityApi.VerifiedAtCounter(fixture, office);
        await LicenceRecords.IssueHeld(fixture, person);
        await CaseApi.Open(online, "licence.replace_lost", person);

        (await clerk.PostJson($"/api/identities/{person}/verifications/revoke", new { reason = "ID card reported stolen" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await online.PostJson("/api/cases", new { businessType = "licence.replace_damaged", applicantIdNumber = person });

        refused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await refused.Body())["detail"]!.GetValue<string>().Should().Contain("revoked").And.Contain("ID card reported stolen");
        var identity = await (await clerk.GetAsync($"/api/identities/{person}/verifications")).Body();
        identity["verified"]!.GetValue<bool>().Should().BeFalse();
        identity["verifications"]![0]!["status"]!.GetValue<string>().Should().Be("revoked");
    }

    [Fact]
    public async Task a_counter_case_reads_the_card_itself_and_needs_no_prior_verification()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var person = Http.NewIdNumber();
        await LicenceRecords.IssueHeld(fixture, person);

        var id = await CaseApi.Open(clerk, "licence.replace_lost", person);

        var checks = (await (await clerk.GetAsync($"/api/cases/{id}")).Body())["checks"]!.AsArray();
        checks.Select(c => c!["check"]!.GetValue<string>()).Should()
            .Equal(["licence_record"], "the licence was looked up, but no identity check was added");
    }

    [Fact]
    public async Task a_card_reader_cannot_be_claimed_online_nor_by_an_outlet()
    {
        var office = Actors.NewOffice();
        var person = Http.NewIdNumber();

        var online = await fixture.ClientFor(IdentityApi.OnlineAccount(office))
            .PostJson($"/api/identities/{person}/verifications", new { method = "counter_id_reader" });
        var outlet = await fixture.ClientFor(Actors.Agent(office, "PO-" + office))
            .PostJson($"/api/identities/{person}/verifications", new { method = "face_check" });

        online.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await online.Body())["code"]!.GetValue<string>().Should().Be("identity.method_not_for_channel");
        outlet.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task an_unknown_method_or_id_number_is_400_naming_the_field()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));

        var method = await clerk.PostJson($"/api/identities/{Http.NewIdNumber()}/verifications", new { method = "palm_reading" });
        var idNumber = await clerk.GetAsync("/api/people/123/cases");

        method.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await method.Body())["errors"]!["method"].Should().NotBeNull();
        idNumber.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await idNumber.Body())["errors"]!["idNumber"].Should().NotBeNull();
    }

    [Fact]
    public async Task a_persons_cases_are_personal_data_not_for_agents_or_analysts()
    {
        var office = Actors.NewOffice();
        var person = Http.NewIdNumber();

        (await fixture.ClientFor(Actors.Agent(office, "PO-" + office)).GetAsync($"/api/people/{person}/cases"))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await fixture.ClientFor(Actors.Analyst()).GetAsync($"/api/people/{person}/cases"))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await fixture.ClientFor(Actors.Analyst()).GetAsync($"/api/identities/{person}/verifications"))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await fixture.ClientFor(Actors.Auditor()).GetAsync($"/api/people/{person}/cases"))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
