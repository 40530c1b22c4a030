using FluentAssertions;
using TrafficCqrs.Integration.Tests.Identity;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Outlets;

namespace TrafficCqrs.Integration.Tests.Vehicles;

[Collection(ApiCollection.Name)]
public sealed class when_a_used_car_market_transfers_a_car(ApiFixture fixture)
{
    [Fact]
    public async Task the_buyer_applies_in_one_case_and_the_number_goes_with_the_car()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var market = await OutletApi.CommissionedAgent(fixture, office, "MARKET-" + office, "used_car_market",
            "vehicle.transfer");
        var seller = Http.NewIdNumber();
        var buyer = await IdentityApi.VerifiedAtCounter(fixture, office);
        var (vin, plate) = await VehicleApi.Register(clerk, seller);
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

        var caseId = await VehicleApi.RunCase(market, "vehicle.transfer", buyer, plate, new Dictionary<string, string>
        {
            ["deliveredOn"] = today.AddDays(-3).ToString("yyyy-MM-dd"), ["insurancePolicy"] = "CPIC-1",
        }, fee: 125m);

        var summary = await market.GetAsync($"/api/cases/{caseId}").Ok();
        summary["checks"]!.AsArray().Select(c => c!["check"]!.GetValue<string>()).Should().Equal(
            "identity", "vehicle_record", "compulsory_insurance", "violations_cleared", "accidents_cleared");
        var record = await VehicleApi.Record(clerk, vin);
        record["ownerIdNumber"]!.GetValue<string>().Should().Be(buyer);
        record["plate"]!.GetValue<string>().Should().Be(plate);
        var registry = await clerk.GetAsync($"/api/plates/{Uri.EscapeDataString(plate)}").Ok();
        registry["status"]!.GetValue<string>().Should().Be("Assigned");
        registry["vin"]!.GetValue<string>().Should().Be(vin);
    }
}
