using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Identity;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Outlets;

namespace TrafficCqrs.Integration.Tests.Vehicles;

/// <summary>Journeys over years: the test clock moves; everything else is the real API over PostgreSQL.</summary>
[Collection(ApiCollection.Name)]
public sealed class when_a_car_lives_its_years(ClockedApiFixture api) : IClassFixture<ClockedApiFixture>
{
    private static readonly TimeSpan Year = TimeSpan.FromDays(365.25);

    private static string Day(DateTimeOffset instant) =>
        DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd");

    private DateOnly Today => DateOnly.FromDateTime(api.Clock.Now.ToOffset(TimeSpan.FromHours(8)).DateTime);

    [Fact]
    public async Task a_used_car_changes_hands_and_the_seller_keeps_the_number_for_the_next_car()
    {
        api.Clock.Now = DateTimeOffset.UtcNow.AddYears(40);
        var office = Actors.NewOffice();
        var clerk = api.ClientFor(Actors.Clerk(office));
        var seller = Http.NewIdNumber();
        var buyer = Http.NewIdNumber();
        var (vin, plate) = await VehicleApi.Register(clerk, seller);

        // Mortgaged: the lender must consent.
        await clerk.PostJson($"/api/vehicles/{vin}/holds", new { change = "mortgage", party = "Bank of Xi'an" }).Ok();
        var newPlate = await VehicleApi.SelectPlate(clerk, buyer, vin);
        object Transfer(bool consent, bool keep) => new
        {
            buyerIdNumber = buyer, deliveredOn = Day(api.Clock.Now), lenderConsent = consent, sellerKeepsNumber = keep,
            newPlate = keep ? newPlate : null,
        };
        await clerk.PostJson($"/api/vehicles/{vin}/transfer", Transfer(consent: false, keep: false))
            .Refused("vehicle.mortgaged_without_consent");

        // Not yet a year with the number: the seller cannot keep it.
        api.Clock.Advance(Year - TimeSpan.FromDays(2));
        await clerk.PostJson($"/api/vehicles/{vin}/transfer", Transfer(consent: true, keep: true))
            .Refused("vehicle.number_not_used_long_enough");

        // A year with the number: the seller keeps it. (Violations holding a car: when_a_violation_holds_a_car.)
        api.Clock.Advance(TimeSpan.FromDays(3));
        await clerk.PostJson($"/api/vehicles/{vin}/transfer", Transfer(consent: true, keep: true)).Ok();

        var record = await VehicleApi.Record(clerk, vin);
        record["ownerIdNumber"]!.GetValue<string>().Should().Be(buyer);
        record["plate"]!.GetValue<string>().Should().Be(newPlate);
        var kept = await clerk.GetAsync($"/api/plates/{Uri.EscapeDataString(plate)}").Ok();
        kept["status"]!.GetValue<string>().Should().Be("Retained");
        kept["free"]!.GetValue<bool>().Should().BeFalse();
        kept["retainedUntil"]!.GetValue<string>().Should().Be(Today.AddYears(2).ToString("yyyy-MM-dd"));

        // Within two years the seller puts the kept number on a new car.
        api.Clock.Advance(Year);
        var nextVin = VehicleApi.NewVin();
        await clerk.PostJson("/api/vehicles",
                new { vin = nextVin, ownerIdNumber = seller, kind = "small_car", use = "private", seats = 7, plate })
            .Ok(HttpStatusCode.Created);
        (await VehicleApi.Record(clerk, nextVin))["plate"]!.GetValue<string>().Should().Be(plate);
    }

    [Fact]
    public async Task a_car_moves_to_another_province_without_the_owner_going_back()
    {
        api.Clock.Now = DateTimeOffset.UtcNow.AddYears(45);
        var origin = Actors.NewOffice();
        var destination = Actors.NewOffice();
        var originClerk = api.ClientFor(Actors.Clerk(origin));
        var destinationClerk = api.ClientFor(Actors.Clerk(destination));
        var owner = Http.NewIdNumber();
        var (vin, plate) = await VehicleApi.Register(originClerk, owner);

        // Seized: nothing moves.
        await originClerk.PostJson($"/api/vehicles/{vin}/holds", new { change = "seize", party = "Court of Yanta", reason = "debt" }).Ok();
        await originClerk.PostJson($"/api/vehicles/{vin}/transfer-out", new { destinationOffice = destination })
            .Refused("vehicle.seized");
        await originClerk.PostJson($"/api/vehicles/{vin}/holds", new { change = "release_seizure" }).Ok();
        // Only the office holding the record sends it.
        await destinationClerk.PostJson($"/api/vehicles/{vin}/transfer-out", new { destinationOffice = destination })
            .Refused("vehicle.wrong_office");

        await originClerk.PostJson($"/api/vehicles/{vin}/transfer-out", new { destinationOffice = destination }).Ok();

        var inTransit = await VehicleApi.Record(originClerk, vin);
        inTransit["status"]!.GetValue<string>().Should().Be("TransferredOut");
        inTransit["plate"].Should().BeNull();
        var temporary = inTransit["temporaryPlate"]!.GetValue<string>();
        inTransit["temporaryPlateValidUntil"]!.GetValue<string>().Should().Be(Today.AddDays(30).ToString("yyyy-MM-dd"));
        (await VehicleApi.IsFree(originClerk, plate)).Should().BeTrue("the origin's number returns to its pool");
        (await destinationClerk.GetAsync($"/api/vehicles?plate={Uri.EscapeDataString(temporary)}").Ok())["vin"]!
            .GetValue<string>().Should().Be(vin);

        // The destination reads the electronic archive: the history, from another office, without paper.
        api.Clock.Advance(TimeSpan.FromDays(2));
        var archiveResponse = await destinationClerk.GetAsync($"/api/vehicles/{vin}/archive");
        archiveResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        var archive = await archiveResponse.Body();
        archive.AsArray().Select(e => e!["event"]!.GetValue<string>()).Should().Equal(
            "vehicle.registered", "vehicle.seized", "vehicle.seizure_released", "vehicle.transferred_out");
        archive.AsArray().Select(e => e!["office"]!.GetValue<string>()).Should().OnlyContain(o => o == origin);
        var archiveVersion = archiveResponse.Headers.ETag!.Tag;

        // Someone else's office cannot take it in; the destination can, with a number selected there.
        var newPlate = await VehicleApi.SelectPlate(destinationClerk, owner, vin, prefix: "京N");
        await originClerk.PostJson($"/api/vehicles/{vin}/transfer-in", new { plate = newPlate })
            .Refused("vehicle.wrong_office");
        await destinationClerk.PostJson($"/api/vehicles/{vin}/transfer-in", new { plate = newPlate }, ifMatch: archiveVersion).Ok();

        var record = await VehicleApi.Record(destinationClerk, vin);
        record["office"]!.GetValue<string>().Should().Be(destination);
        record["plate"]!.GetValue<string>().Should().Be(newPlate);
        record["homeProvince"]!.GetValue<string>().Should().Be("京");
        record["ownerIdNumber"]!.GetValue<string>().Should().Be(owner);
        record["temporaryPlate"].Should().BeNull();
    }

    [Fact]
    public async Task exempt_stickers_in_years_2_and_4_then_a_station_in_year_6()
    {
        api.Clock.Now = DateTimeOffset.UtcNow.AddYears(50);
        var office = Actors.NewOffice();
        var clerk = api.ClientFor(Actors.Clerk(office));
        var postOffice = api.ClientFor(Actors.Agent(office, "POST-" + office));
        var supervisor = api.ClientFor(new TokenRequestFor("supervisor.1", "supervisor", office).Token);
        var owner = Http.NewIdNumber();
        var (vin, _) = await VehicleApi.Register(clerk, owner, seats: 7);
        var registered = Today;
        string Insurance() => Today.AddYears(1).ToString("yyyy-MM-dd");

        // Year 2: the day before the window opens is refused; inside it, an ID-only case at a post office does it.
        api.Clock.Now = AtNoon(registered.AddYears(2).AddMonths(-3).AddDays(-1));
        await postOffice.PostJson($"/api/vehicles/{vin}/stickers", new { mode = "exempt", insuranceValidUntil = Insurance() })
            .Refused("vehicle.sticker_window_not_open");
        api.Clock.Advance(TimeSpan.FromDays(1));
        // The post office acts under a commission, for an owner whose identity was verified at a counter.
        await OutletApi.Commission(api.ClientFor(OutletApi.Admin(office)), office, "POST-" + office, "post_office",
            ["vehicle.exempt_sticker"], Today);
        await IdentityApi.Verify(clerk, owner, "counter_id_reader");
        var caseId = await VehicleApi.RunCase(postOffice, "vehicle.exempt_sticker", owner, subject: null,
            new Dictionary<string, string> { ["insurancePolicy"] = "PICC-9", ["insuranceValidUntil"] = Insurance() }, fee: 0m);
        var summary = await postOffice.GetAsync($"/api/cases/{caseId}").Ok();
        summary["checks"]!.AsArray().Select(c => c!["check"]!.GetValue<string>()).Should().Contain(new[]
            { "identity", "vehicle_record", "compulsory_insurance", "violations_cleared", "accidents_cleared" });
        var afterYear2 = await VehicleApi.Record(clerk, vin);
        afterYear2["sticker"]!["mode"]!.GetValue<string>().Should().Be("Exempt");
        afterYear2["nextInspectionDue"]!.GetValue<string>().Should().Be(registered.AddYears(4).ToString("yyyy-MM-dd"));

        // Year 4: exempt again, at the counter.
        api.Clock.Now = AtNoon(registered.AddYears(4).AddDays(-20));
        await clerk.PostJson($"/api/vehicles/{vin}/stickers", new { mode = "exempt", insuranceValidUntil = Insurance() }).Ok();
        (await VehicleApi.Record(clerk, vin))["nextInspectionDue"]!.GetValue<string>()
            .Should().Be(registered.AddYears(6).ToString("yyyy-MM-dd"));

        // Year 6: a station. Inspected in another province (通检); a station that lost recognition does not count.
        api.Clock.Now = AtNoon(registered.AddYears(6).AddDays(-20));
        await clerk.PostJson($"/api/vehicles/{vin}/stickers", new { mode = "exempt", insuranceValidUntil = Insurance() })
            .Refused("vehicle.station_inspection_required");
        var good = ("S-BJ-" + office).ToUpperInvariant();
        var bad = ("S-XA-" + office).ToUpperInvariant();
        await supervisor.PostJson("/api/vehicles/stations", new { code = good, name = "Beijing No. 3", province = "京" })
            .Ok(HttpStatusCode.Created);
        await supervisor.PostJson("/api/vehicles/stations", new { code = bad, name = "Xi'an No. 9", province = "陕" })
            .Ok(HttpStatusCode.Created);
        await clerk.PostJson($"/api/vehicles/{vin}/inspections", new { stationCode = bad, passed = true, inspectedOn = Today.ToString("yyyy-MM-dd") }).Ok();
        await supervisor.PostJson($"/api/vehicles/stations/{bad}/revoke", new { reason = "false results" }).Ok();
        await clerk.PostJson($"/api/vehicles/{vin}/stickers", new { mode = "in_person", insuranceValidUntil = Insurance() })
            .Refused("vehicle.station_not_recognised");

        await clerk.PostJson($"/api/vehicles/{vin}/inspections", new { stationCode = good, passed = true, inspectedOn = Today.ToString("yyyy-MM-dd") }).Ok();
        await clerk.PostJson($"/api/vehicles/{vin}/stickers", new { mode = "in_person", insuranceValidUntil = Insurance() }).Ok();

        var afterYear6 = await VehicleApi.Record(clerk, vin);
        afterYear6["sticker"]!["mode"]!.GetValue<string>().Should().Be("InPerson");
        afterYear6["sticker"]!["stationCode"]!.GetValue<string>().Should().Be(good);
        afterYear6["lastInspection"]!["stationProvince"]!.GetValue<string>().Should().Be("京");
        afterYear6["nextInspectionDue"]!.GetValue<string>().Should().Be(registered.AddYears(7).ToString("yyyy-MM-dd"),
            "from the 6th year a private car is inspected yearly");
    }

    private static DateTimeOffset AtNoon(DateOnly day) =>
        new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));

    private sealed record TokenRequestFor(string User, string Role, string Office)
    {
        public Api.Security.TokenRequest Token => new(User, [Role], Office);
    }
}
