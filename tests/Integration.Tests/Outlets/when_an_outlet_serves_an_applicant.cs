using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Identity;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Licensing;
using TrafficCqrs.Integration.Tests.Vehicles;

namespace TrafficCqrs.Integration.Tests.Outlets;

/// <summary>Journeys through commissioned outlets: a dealer, a post office that mails the new document, a rural point.</summary>
[Collection(ApiCollection.Name)]
public sealed class when_an_outlet_serves_an_applicant(ApiFixture fixture)
{
    [Fact]
    public async Task a_dealer_registers_a_new_car_from_opening_to_completion()
    {
        var office = Actors.NewOffice();
        var code = OutletApi.NewCode(office, "DEALER");
        var dealer = await OutletApi.CommissionedAgent(fixture, office, code, "dealer",
            "vehicle.register_new", "vehicle.select_plate");
        var buyer = await IdentityApi.VerifiedAtCounter(fixture, office);
        var vin = VehicleApi.NewVin();
        var plate = await VehicleApi.SelectPlate(dealer, buyer, vin);

        var opened = await dealer.PostJson("/api/cases", new
        {
            businessType = "vehicle.register_new", applicantIdNumber = buyer, subject = vin,
            details = new Dictionary<string, string>
            {
                ["kind"] = "small_car", ["use"] = "private", ["seats"] = "5", ["plate"] = plate,
                ["insurancePolicy"] = "PICC-DEALER-1", ["purchaseTaxReceipt"] = "TAX-DEALER-1",
            },
        });
        opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var id = (await opened.Body())["id"]!.GetValue<Guid>();
        (await dealer.Post($"/api/cases/{id}/accept")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await dealer.PostJson($"/api/cases/{id}/payments", new { amount = 125m, method = "unionpay", reference = "UP-DEALER-1" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var completed = await dealer.Post($"/api/cases/{id}/complete");
        completed.StatusCode.Should().Be(HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());

        var summary = await (await dealer.GetAsync($"/api/cases/{id}")).Body();
        summary["status"]!.GetValue<string>().Should().Be("Completed");
        summary["channel"]!.GetValue<string>().Should().Be("outlet");
        summary["outlet"]!.GetValue<string>().Should().Be(code);
        summary["checks"]!.AsArray().Select(c => c!["source"]!.GetValue<string>())
            .Should().Contain("identity verification counter_id_reader");

        var board = await (await fixture.ClientFor(OutletApi.Admin(office)).GetAsync("/api/outlets")).Body();
        var entry = board.AsArray().Should().ContainSingle().Subject!;
        entry["commission"]!["code"]!.GetValue<string>().Should().Be(code);
        entry["commission"]!["kind"]!.GetValue<string>().Should().Be("dealer");
        entry["commission"]!["status"]!.GetValue<string>().Should().Be("Active");
        entry["today"]!["casesOpened"]!.GetValue<int>().Should().Be(1);
        entry["today"]!["casesByBusinessType"]!["vehicle.register_new"]!.GetValue<int>().Should().Be(1);
        entry["today"]!["refusedAttempts"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task a_post_office_replaces_a_lost_licence_and_mails_it()
    {
        var office = Actors.NewOffice();
        var code = OutletApi.NewCode(office, "PO");
        var post = await OutletApi.CommissionedAgent(fixture, office, code, "post_office",
            "licence.replace_lost", "vehicle.replace_vehicle_licence", "vehicle.exempt_sticker", "violation.handle");
        var applicant = await IdentityApi.VerifiedAtCounter(fixture, office);
        await LicenceRecords.IssueHeld(fixture, applicant);
        var id = await CaseApi.Open(post, "licence.replace_lost", applicant);
        (await post.Post($"/api/cases/{id}/accept")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await post.PostJson($"/api/cases/{id}/mailing", new { carrier = "ems", trackingNumber = "EA123456789CN" }))
            .StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "nothing is mailed before the case completes");
        (await post.PostJson($"/api/cases/{id}/payments", new { amount = 10m, method = "wechat", reference = "WX-PO-1" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await post.Post($"/api/cases/{id}/complete")).StatusCode.Should().Be(HttpStatusCode.OK);

        var mailed = await post.PostJson($"/api/cases/{id}/mailing", new { carrier = "ems", trackingNumber = "EA123456789CN" });

        mailed.StatusCode.Should().Be(HttpStatusCode.OK, await mailed.Content.ReadAsStringAsync());
        (await mailed.Body())["version"]!.GetValue<long>().Should().Be(8,
            "opened, identity and licence checks, waivers, accepted, paid, completed, mailed");
        var trace = await (await fixture.ClientFor(Actors.Auditor()).GetAsync($"/api/audit/cases/{id}/trace")).Body();
        var mailing = trace.AsArray().Last()!;
        mailing["eventType"]!.GetValue<string>().Should().Be("case.document_mailed");
        mailing["data"]!["carrier"]!.GetValue<string>().Should().Be("ems");
        mailing["data"]!["trackingNumber"]!.GetValue<string>().Should().Be("EA123456789CN");
        mailing["headers"]!["outlet"]!.GetValue<string>().Should().Be(code);

        var cases = await (await fixture.ClientFor(Actors.Clerk(office)).GetAsync($"/api/people/{applicant}/cases")).Body();
        var mine = cases.AsArray().Should().ContainSingle().Subject!;
        mine["mailings"]![0]!["trackingNumber"]!.GetValue<string>().Should().Be("EA123456789CN");
    }

    [Fact]
    public async Task a_mailing_names_a_known_carrier_and_a_plausible_tracking_number()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var id = await CaseApi.Open(clerk);

        var badCarrier = await clerk.PostJson($"/api/cases/{id}/mailing", new { carrier = "pigeon", trackingNumber = "EA123456789CN" });
        var badNumber = await clerk.PostJson($"/api/cases/{id}/mailing", new { carrier = "ems", trackingNumber = "12" });

        badCarrier.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badCarrier.Body())["errors"]!["carrier"].Should().NotBeNull();
        badNumber.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badNumber.Body())["errors"]!["trackingNumber"].Should().NotBeNull();
    }

    [Fact]
    public async Task a_post_office_handles_a_violation_and_a_sticker_but_not_what_it_was_not_given()
    {
        var office = Actors.NewOffice();
        var code = OutletApi.NewCode(office, "PO");
        var post = await OutletApi.CommissionedAgent(fixture, office, code, "post_office", "violation.handle", "vehicle.exempt_sticker");
        var applicant = await IdentityApi.VerifiedAtCounter(fixture, office);

        await CaseApi.Open(post, "violation.handle", applicant);
        await CaseApi.Open(post, "vehicle.exempt_sticker", applicant);
        (await post.PostJson("/api/cases", new { businessType = "licence.renew", applicantIdNumber = applicant }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task a_rural_point_registers_a_motorcycle_and_replaces_a_licence()
    {
        var office = Actors.NewOffice();
        var code = OutletApi.NewCode(office, "RURAL");
        var point = await OutletApi.CommissionedAgent(fixture, office, code, "rural_point",
            "vehicle.register_motorcycle", "licence.replace_lost");
        var farmer = await IdentityApi.VerifiedAtCounter(fixture, office);
        await LicenceRecords.IssueHeld(fixture, farmer);

        var motorcycle = await CaseApi.Open(point, "vehicle.register_motorcycle", farmer);
        await CaseApi.Open(point, "licence.replace_lost", farmer);

        var summary = await (await point.GetAsync($"/api/cases/{motorcycle}")).Body();
        summary["businessType"]!.GetValue<string>().Should().Be("vehicle.register_motorcycle");
        summary["outlet"]!.GetValue<string>().Should().Be(code);
    }

    [Fact]
    public async Task a_rural_point_cannot_be_given_a_dealers_business()
    {
        var office = Actors.NewOffice();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var response = await fixture.ClientFor(OutletApi.Admin(office)).PostJson("/api/outlets", new
        {
            code = OutletApi.NewCode(office, "RURAL"), name = "Township point", kind = "rural_point",
            businessTypes = new[] { "vehicle.select_plate" }, staff = new[] { "agent.1" },
            validFrom = today, validUntil = today.AddDays(10),
        });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Body())["code"]!.GetValue<string>().Should().Be("outlet.type_not_for_kind");
    }

    [Fact]
    public async Task the_office_changes_authorisations_and_staff()
    {
        var office = Actors.NewOffice();
        var code = OutletApi.NewCode(office, "INS");
        var agent = await OutletApi.CommissionedAgent(fixture, office, code, "insurer", "accident.fast_settlement");
        var admin = fixture.ClientFor(OutletApi.Admin(office));
        var applicant = await IdentityApi.VerifiedAtCounter(fixture, office);
        var newcomer = fixture.ClientFor(Actors.Agent(office, code) with { User = "agent.newcomer" });

        (await admin.PostJson($"/api/outlets/{code}/authorisations", new { businessTypes = Array.Empty<string>() }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await agent.PostJson("/api/cases", new { businessType = "accident.fast_settlement", applicantIdNumber = applicant }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await admin.PostJson($"/api/outlets/{code}/authorisations", new { businessTypes = new[] { "accident.fast_settlement" } }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.PostJson($"/api/outlets/{code}/staff", new { staff = new[] { "agent.newcomer" } }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        await CaseApi.Open(newcomer, "accident.fast_settlement", applicant);
        (await agent.PostJson("/api/cases", new { businessType = "accident.fast_settlement", applicantIdNumber = applicant }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "the old staff member was taken off");

        var read = await admin.GetAsync($"/api/outlets/{code}");
        var outlet = await read.Body();
        outlet["commission"]!["staff"]!.AsArray().Select(s => s!.GetValue<string>()).Should().Equal("agent.newcomer");
        read.Headers.ETag!.Tag.Should().Be($"\"{outlet["version"]!.GetValue<long>()}\"");
        (await admin.PostJson($"/api/outlets/{code}/suspend", new { reason = "late" }, ifMatch: "\"1\""))
            .StatusCode.Should().Be(HttpStatusCode.Conflict, "a stale version is refused");
    }
}
