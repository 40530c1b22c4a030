using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Licensing;
using TrafficCqrs.Integration.Tests.Violations;

namespace TrafficCqrs.Integration.Tests.Vehicles;

/// <summary>The vehicle rules see the holds the violations area keeps by plate (违法未处理不得转让).</summary>
[Collection(ApiCollection.Name)]
public sealed class when_a_violation_holds_a_car(ApiFixture fixture)
{
    [Fact]
    public async Task an_unhandled_violation_on_its_plate_blocks_the_transfer_until_handled_and_paid()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var seller = Http.NewIdNumber();
        var buyer = Http.NewIdNumber();
        var (vin, plate) = await VehicleApi.Register(clerk, seller);
        await LicenceRecords.IssueHeld(fixture, seller);
        var violation = await ViolationApi.Notified(clerk, plate, seller, points: 3, fine: 200m);
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var transfer = new { buyerIdNumber = buyer, deliveredOn = today.ToString("yyyy-MM-dd") };

        var refused = await clerk.PostJson($"/api/vehicles/{vin}/transfer", transfer);
        refused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, await refused.Content.ReadAsStringAsync());
        var problem = await refused.Body();
        problem["code"]!.GetValue<string>().Should().Be("vehicle.violations_or_accidents_outstanding");
        problem["detail"]!.GetValue<string>().Should().Contain(violation.ToString()).And.Contain("not yet handled");
        // A transfer case opened meanwhile records the failed check instead of asking for paper.
        var opened = await clerk.PostJson("/api/cases", new
        {
            businessType = "vehicle.transfer", applicantIdNumber = buyer, subject = plate,
            details = new Dictionary<string, string> { ["insurancePolicy"] = "PICC-HOLD-1" },
        }).Ok(HttpStatusCode.Created);
        var checks = (await clerk.GetAsync($"/api/cases/{opened["id"]!.GetValue<string>()}").Ok())["checks"]!.AsArray();
        checks.Should().ContainSingle(c => c!["check"]!.GetValue<string>() == "violations_cleared")
            .Which!["passed"]!.GetValue<bool>().Should().BeFalse();
        (await VehicleApi.Record(clerk, vin))["ownerIdNumber"]!.GetValue<string>().Should().Be(seller);

        await ViolationApi.Ok(clerk.PostJson($"/api/violations/{violation}/handling", new { driverIdNumber = seller }));
        await ViolationApi.Ok(clerk.PostJson($"/api/violations/{violation}/payments",
            new { amount = 200m, method = "wechat", reference = "WX-HOLD-1" }));

        await clerk.PostJson($"/api/vehicles/{vin}/transfer", transfer).Ok();
        var record = await VehicleApi.Record(clerk, vin);
        record["ownerIdNumber"]!.GetValue<string>().Should().Be(buyer);
        record["plate"]!.GetValue<string>().Should().Be(plate, "the number stays with the car");
    }
}
