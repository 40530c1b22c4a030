using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Violations;

namespace TrafficCqrs.Integration.Tests.Accidents;

[Collection(ApiCollection.Name)]
public sealed class when_an_accident_is_settled_fast(ApiFixture fixture)
{
    [Fact]
    public async Task from_report_to_settled_claims_the_accident_closes_and_releases_both_vehicles()
    {
        var scene = new AccidentScene();
        var parties = fixture.ClientFor(scene.Online);
        var insurerA = fixture.ClientFor(AccidentScene.Insurer(scene.InsurerA));
        var insurerB = fixture.ClientFor(AccidentScene.Insurer(scene.InsurerB));

        var id = await scene.Reported(parties);
        (await ViolationApi.Holds(parties, scene.PlateA)).Accidents.Should().Equal(id);
        (await ViolationApi.Holds(parties, scene.PlateB)).Accidents.Should().Equal(id);

        await ViolationApi.Ok(parties.PostJson($"/api/accidents/{id}/responsibility/agreement", new
        {
            shares = new[] { new { idNumber = scene.DriverA, responsibility = "full" }, new { idNumber = scene.DriverB, responsibility = "none" } },
        }));
        await ViolationApi.Ok(insurerA.PostJson($"/api/accidents/{id}/assessments", new { plate = scene.PlateA, amount = 1200m }));
        await ViolationApi.Ok(insurerB.PostJson($"/api/accidents/{id}/assessments", new { plate = scene.PlateB, amount = 3400m }));
        await ViolationApi.Ok(insurerA.PostJson($"/api/accidents/{id}/settlements",
            new { plate = scene.PlateA, amount = 1200m, reference = "PICC-CLM-1" }));

        var midway = await (await insurerB.GetAsync($"/api/accidents/{id}")).Body();
        midway["status"]!.GetValue<string>().Should().Be("ResponsibilityFixed");

        var last = await ViolationApi.Ok(insurerB.PostJson($"/api/accidents/{id}/settlements",
            new { plate = scene.PlateB, amount = 3300m, reference = "PA-CLM-7" }));
        (await last.Body())["version"]!.GetValue<long>().Should().Be(7, "reported, agreed, 2 assessed, 2 settled, closed");

        var closed = await (await insurerB.GetAsync($"/api/accidents/{id}")).Body();
        closed["status"]!.GetValue<string>().Should().Be("Closed");
        closed["responsibilityFixedBy"]!.GetValue<string>().Should().Be("parties");
        var claims = closed["claims"]!.AsArray();
        claims.Select(c => (c!["plate"]!.GetValue<string>(), c["assessed"]!.GetValue<decimal>(), c["settled"]!.GetValue<decimal>()))
            .Should().BeEquivalentTo([(scene.PlateA, 1200m, 1200m), (scene.PlateB, 3400m, 3300m)]);
        (await ViolationApi.Holds(parties, scene.PlateA)).Accidents.Should().BeEmpty();
        (await ViolationApi.Holds(parties, scene.PlateB)).Accidents.Should().BeEmpty();
    }

    [Fact]
    public async Task on_joint_request_the_police_decide_responsibility_online()
    {
        var scene = new AccidentScene();
        var parties = fixture.ClientFor(scene.Online);
        var police = fixture.ClientFor(scene.Police);
        var id = await scene.Reported(parties);

        await ViolationApi.ShouldBeRefused(
            await parties.PostJson($"/api/accidents/{id}/responsibility/police-request", new { requestedBy = new[] { scene.DriverA } }),
            "accident.joint_request_required");
        await ViolationApi.Ok(parties.PostJson($"/api/accidents/{id}/responsibility/police-request",
            new { requestedBy = new[] { scene.DriverA, scene.DriverB } }));
        var shares = new[] { new { idNumber = scene.DriverA, responsibility = "main" }, new { idNumber = scene.DriverB, responsibility = "secondary" } };
        (await parties.PostJson($"/api/accidents/{id}/responsibility/decision", new { shares, reason = "x" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "only the police decide");
        await ViolationApi.Ok(police.PostJson($"/api/accidents/{id}/responsibility/decision",
            new { shares, reason = "A changed lanes without signalling." }));

        var view = await (await police.GetAsync($"/api/accidents/{id}")).Body();
        view["responsibilityFixedBy"]!.GetValue<string>().Should().Be("police");
        view["responsibility"]!.AsArray().Select(s => s!["responsibility"]!.GetValue<string>()).Should().Equal("main", "secondary");
    }

    public static TheoryData<string, string> PoliceMustAttend => new()
    {
        { "injury", "accident.injury" },
        { "unlicensed", "accident.unlicensed_driver" },
        { "drunk", "accident.drunk_driver" },
        { "missingPlate", "accident.missing_plate" },
        { "fakePlate", "accident.fake_plate" },
        { "fled", "accident.party_fled" },
        { "cannotMove", "accident.vehicle_cannot_move" },
    };

    [Theory]
    [MemberData(nameof(PoliceMustAttend))]
    public async Task where_the_police_must_attend_the_report_is_refused_with_the_cause(string cause, string code)
    {
        var scene = new AccidentScene();
        var parties = fixture.ClientFor(scene.Online);
        var b = new Dictionary<string, object?>
        {
            ["idNumber"] = scene.DriverB, ["plate"] = scene.PlateB, ["insurer"] = scene.InsurerB, ["policyNumber"] = "Q-1",
            ["pointOfImpact"] = "rear",
        };
        switch (cause)
        {
            case "unlicensed": b["unlicensed"] = true; break;
            case "drunk": b["drunk"] = true; break;
            case "missingPlate": b["plate"] = null; break;
            case "fakePlate": b["plateSuspectedFake"] = true; break;
            case "fled": b["fled"] = true; b["idNumber"] = null; break;
            case "cannotMove": b["vehicleCannotMove"] = true; break;
        }

        var response = await parties.PostJson("/api/accidents", scene.Report(anyoneInjured: cause == "injury", partyB: b));

        await ViolationApi.ShouldBeRefused(response, code);
        (await ViolationApi.Holds(parties, scene.PlateA)).Accidents.Should().BeEmpty("a refused report writes nothing");
    }

    [Fact]
    public async Task an_insurer_sees_and_acts_on_only_the_accidents_it_insures()
    {
        var scene = new AccidentScene();
        var parties = fixture.ClientFor(scene.Online);
        var id = await scene.Reported(parties);
        var other = new AccidentScene();
        var otherId = await other.Reported(fixture.ClientFor(other.Online));
        var insurerA = fixture.ClientFor(AccidentScene.Insurer(scene.InsurerA));
        var stranger = fixture.ClientFor(AccidentScene.Insurer("STRANGER-" + Guid.NewGuid().ToString("N")[..6]));

        var own = (await (await insurerA.GetAsync("/api/accidents")).Body()).AsArray();
        own.Select(a => (a!["id"]!.GetValue<Guid>(), a["status"]!.GetValue<string>())).Should().Equal((id, "Reported"));
        (await insurerA.GetAsync($"/api/accidents/{otherId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await stranger.GetAsync("/api/accidents")).Body()).AsArray().Should().BeEmpty();

        await ViolationApi.Ok(parties.PostJson($"/api/accidents/{id}/responsibility/agreement", new
        {
            shares = new[] { new { idNumber = scene.DriverA, responsibility = "equal" }, new { idNumber = scene.DriverB, responsibility = "equal" } },
        }));
        (await stranger.PostJson($"/api/accidents/{id}/assessments", new { plate = scene.PlateA, amount = 1m }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await ViolationApi.ShouldBeRefused(
            await insurerA.PostJson($"/api/accidents/{id}/assessments", new { plate = scene.PlateB, amount = 1m }),
            "accident.not_the_insurer");

        var staffView = (await (await fixture.ClientFor(scene.Police).GetAsync($"/api/accidents?insurer={scene.InsurerB}")).Body()).AsArray();
        staffView.Select(a => a!["id"]!.GetValue<Guid>()).Should().Equal(id);
    }

    [Fact]
    public async Task a_court_reads_only_accidents_referred_to_it_and_writes_nothing()
    {
        var scene = new AccidentScene();
        var id = await scene.Reported(fixture.ClientFor(scene.Online));
        var courtName = "XA-YANTA-" + Guid.NewGuid().ToString("N")[..6];
        var court = fixture.ClientFor(AccidentScene.Court(courtName));

        (await court.GetAsync($"/api/accidents/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await ViolationApi.Ok(fixture.ClientFor(scene.Police).PostJson($"/api/accidents/{id}/court-referrals", new { court = courtName }));

        (await court.GetAsync($"/api/accidents/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await court.GetAsync("/api/accidents")).Body()).AsArray().Select(a => a!["id"]!.GetValue<Guid>()).Should().Equal(id);
        (await court.PostJson($"/api/accidents/{id}/assessments", new { plate = scene.PlateA, amount = 1m }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await court.PostJson("/api/accidents", scene.Report())).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
