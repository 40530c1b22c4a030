using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Identity;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Outlets;

namespace TrafficCqrs.Integration.Tests.Vehicles;

[Collection(ApiCollection.Name)]
public sealed class when_an_owner_uses_an_id_only_vehicle_service(ApiFixture fixture)
{
    [Fact]
    public async Task the_id_number_alone_finds_the_vehicle_and_the_replacement_goes_on_its_record()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var postOffice = await OutletApi.CommissionedAgent(fixture, office, "POST-" + office, "post_office",
            "vehicle.replace_vehicle_licence");
        var owner = await IdentityApi.VerifiedAtCounter(fixture, office);
        var (vin, _) = await VehicleApi.Register(clerk, owner);

        var caseId = await VehicleApi.RunCase(postOffice, "vehicle.replace_vehicle_licence", owner, subject: null,
            new Dictionary<string, string> { ["reason"] = "lost" }, fee: 10m);

        var summary = await postOffice.GetAsync($"/api/cases/{caseId}").Ok();
        summary["checks"]!.AsArray().Select(c => c!["check"]!.GetValue<string>())
            .Should().Equal("identity", "vehicle_record");
        var archive = await clerk.GetAsync($"/api/vehicles/{vin}/archive").Ok();
        archive.AsArray().Select(e => e!["event"]!.GetValue<string>()).Should().Equal("vehicle.registered", "vehicle.licence_replaced");
        archive[1]!["command"]!.GetValue<string>().Should().Be("CompleteCase");
    }

    [Fact]
    public async Task an_agent_cannot_replace_a_registration_certificate_but_the_office_can()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var agent = await OutletApi.CommissionedAgent(fixture, office, "POST-" + office, "post_office",
            "vehicle.replace_vehicle_licence");
        var owner = await IdentityApi.VerifiedAtCounter(fixture, office);
        var (vin, plate) = await VehicleApi.Register(clerk, owner);

        // A case is stopped at the commission gate: no outlet is ever given this business.
        var refused = await agent.PostJson("/api/cases",
            new { businessType = "vehicle.replace_certificate", applicantIdNumber = owner, subject = vin });
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await refused.Body())["detail"]!.GetValue<string>().Should().Contain("never done by a commissioned outlet");
        // The vehicle register's own command says the same for anyone acting for an outlet.
        await agent.PostJson($"/api/vehicles/{vin}/replacements", new { document = "registration_certificate", reason = "lost" })
            .Refused("vehicle.certificate_not_by_agent");

        await VehicleApi.RunCase(clerk, "vehicle.replace_certificate", owner, plate, null, fee: 10m);
        var archive = await clerk.GetAsync($"/api/vehicles/{vin}/archive").Ok();
        archive.AsArray().Select(e => e!["event"]!.GetValue<string>()).Should().Contain("vehicle.certificate_replaced");
    }

    [Fact]
    public async Task someone_who_owns_no_vehicle_gets_a_failed_check_and_no_completion()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var opened = await clerk.PostJson("/api/cases", new { businessType = "vehicle.replace_plate", applicantIdNumber = Http.NewIdNumber() })
            .Ok(HttpStatusCode.Created);
        var id = opened["id"]!.GetValue<string>();
        var summary = await clerk.GetAsync($"/api/cases/{id}").Ok();
        summary["checks"]!.AsArray().Should().Contain(c => c!["check"]!.GetValue<string>() == "vehicle_record" && !c["passed"]!.GetValue<bool>());

        await clerk.Post($"/api/cases/{id}/accept").Ok();
        await clerk.PostJson($"/api/cases/{id}/payments", new { amount = 100m, method = "wechat", reference = "WX-77" }).Ok();
        await clerk.Post($"/api/cases/{id}/complete").Refused("vehicle.record_check_failed");
    }

    [Fact]
    public async Task someone_else_than_the_owner_is_refused()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var (vin, _) = await VehicleApi.Register(clerk, Http.NewIdNumber());

        await clerk.PostJson("/api/cases", new { businessType = "vehicle.replace_plate", applicantIdNumber = Http.NewIdNumber(), subject = vin })
            .Refused("vehicle.not_owner");
    }

    [Fact]
    public async Task only_supervisors_recognise_inspection_stations()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var response = await clerk.PostJson("/api/vehicles/stations", new { code = "S-1", name = "x", province = "陕" });
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
