using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using TrafficCqrs.Domain.Outlets;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Identity;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Licensing;
using TrafficCqrs.Integration.Tests.Supervision;

namespace TrafficCqrs.Integration.Tests.Outlets;

/// <summary>Each way out of a commission is refused 403 with the reason, and the attempt is kept for supervision.</summary>
[Collection(ApiCollection.Name)]
public sealed class when_an_outlet_acts_outside_its_commission(ApiFixture fixture)
{
    private const string LicenceLost = "licence.replace_lost";

    private async Task<(string Office, string Code, HttpClient Agent, string Applicant)> PostOffice()
    {
        var office = Actors.NewOffice();
        var code = OutletApi.NewCode(office, "PO");
        var agent = await OutletApi.CommissionedAgent(fixture, office, code, "post_office", LicenceLost);
        var applicant = await IdentityApi.VerifiedAtCounter(fixture, office);
        await LicenceRecords.IssueHeld(fixture, applicant);
        return (office, code, agent, applicant);
    }

    private static Task<HttpResponseMessage> Open(HttpClient agent, string businessType, string applicant,
        Guid? caseId = null) =>
        agent.PostJson("/api/cases", new { businessType, applicantIdNumber = applicant, caseId = caseId ?? Guid.NewGuid() });

    private static async Task<string> Refused(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
        return (await response.Body())["detail"]!.GetValue<string>();
    }

    /// <summary>The refusals recorded on the outlet's stream, as an auditor replays them.</summary>
    private async Task<List<JsonNode>> RecordedRefusals(string code)
    {
        var trace = await (await fixture.ClientFor(Actors.Auditor()).GetAsync($"/api/audit/cases/{OutletIds.For(code)}/trace")).Body();
        return trace.AsArray().Where(e => e!["eventType"]!.GetValue<string>() == "outlet.action_refused")
            .Select(e => e!["data"]!).ToList();
    }

    [Fact]
    public async Task a_business_type_it_is_not_authorised_for_is_refused_recorded_and_not_opened()
    {
        var (office, code, agent, applicant) = await PostOffice();
        var caseId = Guid.NewGuid();

        var detail = await Refused(await Open(agent, "vehicle.replace_vehicle_licence", applicant, caseId));

        detail.Should().Contain("not authorised for vehicle.replace_vehicle_licence");
        (await fixture.ClientFor(Actors.Clerk(office)).GetAsync($"/api/cases/{caseId}")).StatusCode
            .Should().Be(HttpStatusCode.NotFound, "a refused command writes nothing to the case");
        var refusal = (await RecordedRefusals(code)).Should().ContainSingle().Subject;
        refusal["code"]!.GetValue<string>().Should().Be("outlet.type_not_authorised");
        refusal["userId"]!.GetValue<string>().Should().Be(Actors.Agent(office, code).User);
        refusal["businessType"]!.GetValue<string>().Should().Be("vehicle.replace_vehicle_licence");
        refusal["caseId"]!.GetValue<Guid>().Should().Be(caseId);
        refusal["command"]!.GetValue<string>().Should().Be("OpenCase");

        var read = await fixture.ClientFor(OutletApi.Admin(office)).GetAsync($"/api/outlets/{code}");
        read.StatusCode.Should().Be(HttpStatusCode.OK, await read.Content.ReadAsStringAsync());
        (await read.Body())["today"]!["refusedAttempts"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task a_suspended_outlet_is_refused_until_resumed()
    {
        var (office, code, agent, applicant) = await PostOffice();
        var admin = fixture.ClientFor(OutletApi.Admin(office));
        var opened = await CaseApi.Open(agent, LicenceLost, applicant);
        (await admin.PostJson($"/api/outlets/{code}/suspend", new { reason = "Call-back found an unrecorded fee." }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        (await Refused(await Open(agent, LicenceLost, applicant))).Should().Contain("suspended")
            .And.Contain("Call-back found an unrecorded fee.");
        (await Refused(await agent.Post($"/api/cases/{opened}/accept"))).Should().Contain("suspended");

        (await admin.Post($"/api/outlets/{code}/resume")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await agent.Post($"/api/cases/{opened}/accept")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await RecordedRefusals(code)).Select(r => r["code"]!.GetValue<string>())
            .Should().Equal("outlet.suspended", "outlet.suspended");
    }

    [Fact]
    public async Task a_sanctioned_outlet_is_refused_until_the_sanction_is_lifted()
    {
        var (_, code, agent, applicant) = await PostOffice();
        var supervisor = fixture.ClientFor(SupervisionApi.Supervisor());
        var sanctions = $"/api/supervision/targets/outlet/{code}/sanctions";
        var opened = await CaseApi.Open(agent, LicenceLost, applicant);

        // Suspended by supervision (联合惩戒): the open case cannot move on.
        var suspension = await supervisor.PostJson(sanctions, new
        {
            measure = "suspended", reason = "Call-backs found unrecorded fees.", until = DateTimeOffset.UtcNow.AddDays(30),
        });
        suspension.StatusCode.Should().Be(HttpStatusCode.Created, await suspension.Content.ReadAsStringAsync());
        (await Refused(await agent.Post($"/api/cases/{opened}/accept"))).Should().Contain("suspended")
            .And.Contain("Call-backs found unrecorded fees.");
        var suspensionId = (await suspension.Body())["sanctionId"]!.GetValue<Guid>();
        (await supervisor.PostJson($"{sanctions}/{suspensionId}/lift", new { reason = "Fees refunded." }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await agent.Post($"/api/cases/{opened}/accept")).StatusCode.Should().Be(HttpStatusCode.OK);

        // Blacklisted: no new case opens, and nothing is written to it.
        (await supervisor.PostJson(sanctions, new { measure = "blacklisted", reason = "Forged signatures in a spot check." }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var refusedCase = Guid.NewGuid();
        (await Refused(await Open(agent, LicenceLost, applicant, refusedCase))).Should().Contain("blacklisted")
            .And.Contain("Forged signatures in a spot check.");
        (await agent.GetAsync($"/api/cases/{refusedCase}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        (await RecordedRefusals(code)).Select(r => (r["code"]!.GetValue<string>(), r["command"]!.GetValue<string>()))
            .Should().Equal(("supervision.target_suspended", "AcceptCase"), ("supervision.target_blacklisted", "OpenCase"));
    }

    [Fact]
    public async Task an_ended_commission_is_refused()
    {
        var (office, code, agent, applicant) = await PostOffice();
        var admin = fixture.ClientFor(OutletApi.Admin(office));
        (await admin.PostJson($"/api/outlets/{code}/end", new { reason = "Post office closed." }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        (await Refused(await Open(agent, LicenceLost, applicant))).Should().Contain("ended");
        (await admin.Post($"/api/outlets/{code}/resume")).StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task someone_not_on_its_staff_is_refused()
    {
        var (office, code, _, applicant) = await PostOffice();
        var intruder = fixture.ClientFor(Actors.Agent(office, code) with { User = "agent.intruder" });

        (await Refused(await Open(intruder, LicenceLost, applicant))).Should().Contain("agent.intruder is not on the staff");
        (await RecordedRefusals(code)).Single()["userId"]!.GetValue<string>().Should().Be("agent.intruder");
    }

    [Fact]
    public async Task another_outlets_case_is_refused_and_recorded_on_the_acting_outlet()
    {
        var (office, code, agent, applicant) = await PostOffice();
        var otherCode = OutletApi.NewCode(office, "PO");
        var other = await OutletApi.CommissionedAgent(fixture, office, otherCode, "post_office", LicenceLost);
        var id = await CaseApi.Open(agent, LicenceLost, applicant);

        (await Refused(await other.Post($"/api/cases/{id}/accept"))).Should().Contain("only on its own cases");

        (await CaseApi.Version(agent, id)).Should().Be(4, "opened with its identity and licence checks and its waivers, nothing more");
        var refusal = (await RecordedRefusals(otherCode)).Single();
        refusal["code"]!.GetValue<string>().Should().Be("outlet.other_outlets_case");
        refusal["command"]!.GetValue<string>().Should().Be("AcceptCase");
        (await RecordedRefusals(code)).Should().BeEmpty();
    }

    [Fact]
    public async Task an_agent_may_never_replace_a_registration_certificate()
    {
        var office = Actors.NewOffice();
        var code = OutletApi.NewCode(office, "DEALER");
        var agent = await OutletApi.CommissionedAgent(fixture, office, code, "dealer", "vehicle.register_new");
        var applicant = await IdentityApi.VerifiedAtCounter(fixture, office);

        (await Refused(await Open(agent, "vehicle.replace_certificate", applicant)))
            .Should().Contain("registration certificate").And.Contain("never done by a commissioned outlet");
        (await RecordedRefusals(code)).Single()["code"]!.GetValue<string>().Should().Be("outlet.type_not_delegable");
    }

    [Fact]
    public async Task nor_may_an_outlet_be_authorised_to_replace_one()
    {
        var office = Actors.NewOffice();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var response = await fixture.ClientFor(OutletApi.Admin(office)).PostJson("/api/outlets", new
        {
            code = OutletApi.NewCode(office, "DEALER"), name = "Dealer", kind = "dealer",
            businessTypes = new[] { "vehicle.register_new", "vehicle.replace_certificate" },
            staff = new[] { "agent.1" }, validFrom = today, validUntil = today.AddDays(10),
        });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Body())["code"]!.GetValue<string>().Should().Be("outlet.type_not_delegable");
    }

    [Fact]
    public async Task an_outlet_without_a_commission_is_refused()
    {
        var office = Actors.NewOffice();
        var code = OutletApi.NewCode(office, "PO");
        var applicant = await IdentityApi.VerifiedAtCounter(fixture, office);
        await LicenceRecords.IssueHeld(fixture, applicant);

        (await Refused(await Open(fixture.ClientFor(Actors.Agent(office, code)), LicenceLost, applicant)))
            .Should().Contain("holds no commission");

        // The refusal recorded before any commission does not stand in the way of commissioning it later.
        await OutletApi.Commission(fixture, office, code, "post_office", [LicenceLost]);
        (await Open(fixture.ClientFor(Actors.Agent(office, code)), LicenceLost, applicant)).StatusCode
            .Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task only_an_admin_commissions_and_only_of_the_same_office_manages()
    {
        var (office, code, _, _) = await PostOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var otherAdmin = fixture.ClientFor(OutletApi.Admin(Actors.NewOffice()));

        (await clerk.PostJson("/api/outlets", new { code = "X1" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await otherAdmin.PostJson($"/api/outlets/{code}/suspend", new { reason = "x" })).StatusCode
            .Should().Be(HttpStatusCode.Forbidden);
    }
}
