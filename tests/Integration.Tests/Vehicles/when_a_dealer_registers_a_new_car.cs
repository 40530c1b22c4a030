using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Identity;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Outlets;

namespace TrafficCqrs.Integration.Tests.Vehicles;

[Collection(ApiCollection.Name)]
public sealed class when_a_dealer_registers_a_new_car(ApiFixture fixture)
{
    [Fact]
    public async Task one_case_selects_the_plate_verifies_insurance_and_tax_and_registers_the_car()
    {
        var office = Actors.NewOffice();
        var dealer = await CommissionedDealer(office);
        var buyer = await IdentityApi.VerifiedAtCounter(fixture, office);
        var vin = VehicleApi.NewVin();

        var plate = await VehicleApi.SelectPlate(dealer, buyer, vin);
        (await VehicleApi.IsFree(dealer, plate)).Should().BeFalse("the number is held for the buyer once selected");

        var caseId = await VehicleApi.RunCase(dealer, "vehicle.register_new", buyer, vin, new Dictionary<string, string>
        {
            ["kind"] = "small_car", ["use"] = "private", ["seats"] = "5", ["plate"] = plate,
            ["insurancePolicy"] = "PICC-2026-0001", ["purchaseTaxReceipt"] = "TAX-2026-0001",
        }, fee: 125m);

        var summary = await dealer.GetAsync($"/api/cases/{caseId}").Ok();
        summary["status"]!.GetValue<string>().Should().Be("Completed");
        summary["checks"]!.AsArray().Select(c => (c!["check"]!.GetValue<string>(), c["passed"]!.GetValue<bool>()))
            .Should().BeEquivalentTo(new[]
            {
                ("identity", true), ("plate_selection", true), ("compulsory_insurance", true), ("purchase_tax", true),
            });

        var record = await VehicleApi.Record(dealer, vin);
        record["ownerIdNumber"]!.GetValue<string>().Should().Be(buyer);
        record["plate"]!.GetValue<string>().Should().Be(plate);
        record["office"]!.GetValue<string>().Should().Be(office);
        record["status"]!.GetValue<string>().Should().Be("Registered");
        record["nextInspectionDue"]!.GetValue<string>().Should()
            .Be(DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime).AddYears(2).ToString("yyyy-MM-dd"));

        var byPlate = await dealer.GetAsync($"/api/vehicles?plate={Uri.EscapeDataString(plate)}").Ok();
        byPlate["vin"]!.GetValue<string>().Should().Be(vin);

        var archive = await dealer.GetAsync($"/api/vehicles/{vin}/archive").Ok();
        archive.AsArray().Should().ContainSingle();
        archive[0]!["event"]!.GetValue<string>().Should().Be("vehicle.registered");
        archive[0]!["command"]!.GetValue<string>().Should().Be("CompleteCase");
    }

    [Fact]
    public async Task a_case_without_insurance_records_the_failed_check_and_cannot_complete()
    {
        var office = Actors.NewOffice();
        var dealer = await CommissionedDealer(office);
        var buyer = await IdentityApi.VerifiedAtCounter(fixture, office);
        var vin = VehicleApi.NewVin();
        var plate = await VehicleApi.SelectPlate(dealer, buyer, vin);

        var opened = await dealer.PostJson("/api/cases", new
        {
            businessType = "vehicle.register_new", applicantIdNumber = buyer, subject = vin,
            details = new Dictionary<string, string>
            {
                ["kind"] = "small_car", ["use"] = "private", ["seats"] = "5", ["plate"] = plate,
                ["purchaseTaxReceipt"] = "TAX-1",
            },
        }).Ok(HttpStatusCode.Created);
        var id = opened["id"]!.GetValue<string>();
        await dealer.Post($"/api/cases/{id}/accept").Ok();
        await dealer.PostJson($"/api/cases/{id}/payments", new { amount = 125m, method = "alipay", reference = "AP-1" }).Ok();

        await dealer.Post($"/api/cases/{id}/complete").Refused("vehicle.record_check_failed");
        (await dealer.GetAsync($"/api/vehicles/{vin}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    /// <summary>A car dealer commissioned to register new cars and select their numbers; its agent's client.</summary>
    private Task<HttpClient> CommissionedDealer(string office) =>
        OutletApi.CommissionedAgent(fixture, office, "DEALER-" + office, "dealer", "vehicle.register_new", "vehicle.select_plate");

    [Fact]
    public async Task a_number_selected_for_someone_else_cannot_be_registered()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var vin = VehicleApi.NewVin();
        var plate = await VehicleApi.SelectPlate(clerk, Http.NewIdNumber(), vin);

        await clerk.PostJson("/api/vehicles", new
        {
            vin, ownerIdNumber = Http.NewIdNumber(), kind = "small_car", use = "private", seats = 5, plate,
        }).Refused("plate.not_selected_for_vehicle");
    }

    [Fact]
    public async Task two_selections_of_one_number_at_once_cannot_both_win()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var offer = await clerk.PostJson("/api/plates/offers",
            new { applicantIdNumber = Http.NewIdNumber(), vin = VehicleApi.NewVin(), prefix = "陕A" }).Ok(HttpStatusCode.Created);
        var body = new { offerId = offer["offerId"]!.GetValue<string>(), number = offer["numbers"]![0]!.GetValue<string>() };

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => clerk.PostJson("/api/plates/selections", body)));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).Should().Be(1);
        answers.Where(a => a.StatusCode != HttpStatusCode.OK).Should()
            .OnlyContain(a => a.StatusCode == HttpStatusCode.Conflict || a.StatusCode == HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task a_vin_with_a_wrong_check_digit_is_a_bad_request_and_a_vin_registers_once()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var owner = Http.NewIdNumber();
        var (vin, _) = await VehicleApi.Register(clerk, owner);

        var wrong = vin[..8] + (vin[8] == '0' ? '1' : '0') + vin[9..];
        var bad = await clerk.PostJson("/api/plates/offers", new { applicantIdNumber = owner, vin = wrong, prefix = "陕A" });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("vin");

        var plate = await VehicleApi.SelectPlate(clerk, owner, vin);
        var again = await clerk.PostJson("/api/vehicles",
            new { vin, ownerIdNumber = owner, kind = "small_car", use = "private", seats = 5, plate });
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }
}
