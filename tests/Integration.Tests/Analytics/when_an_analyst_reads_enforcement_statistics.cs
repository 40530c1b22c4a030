using FluentAssertions;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Accidents;
using TrafficCqrs.Domain.Violations;
using TrafficCqrs.Integration.Tests.Accidents;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Violations;
using TrafficCqrs.Projections.Analytics;
using static TrafficCqrs.Integration.Tests.Analytics.AnalyticsApi;

namespace TrafficCqrs.Integration.Tests.Analytics;

[Collection(ApiCollection.Name)]
public sealed class when_an_analyst_reads_enforcement_statistics(ApiFixture fixture)
{
    [Fact]
    public async Task violations_handled_are_counted_by_channel_as_the_raw_events_say()
    {
        var office = Actors.NewOffice();
        var officer = fixture.ClientFor(Actors.Clerk(office));
        var handlers = new[]
        {
            fixture.ClientFor(Actors.Clerk(office)),
            fixture.ClientFor(Actors.Clerk(office)),
            fixture.ClientFor(ViolationApi.Through("kiosk", office)),
            fixture.ClientFor(ViolationApi.Through("online", office)),
            fixture.ClientFor(ViolationApi.PostOffice(office)),
        };
        var ids = new List<Guid>();
        foreach (var (handler, i) in handlers.Select((h, i) => (h, i)))
        {
            // Handling puts the points on the driver's licence: the owner holds one.
            var owner = await ViolationApi.LicensedDriver(fixture);
            var id = await ViolationApi.Notified(officer, ViolationApi.NewPlate(), owner, points: i % 2 == 0 ? 1 : 3, fine: 100m + 50 * i);
            await ViolationApi.Ok(handler.PostJson($"/api/violations/{id}/handling", new { driverIdNumber = owner }));
            ids.Add(id);
        }
        await ViolationApi.Notified(officer, ViolationApi.NewPlate(), Http.NewIdNumber()); // not handled: not counted
        await CatchUp(fixture);

        var handled = (await RawStreams(fixture, ids)).SelectMany(s => s)
            .Where(e => e.Data is ViolationHandled && e.GetHeader(EventHeaders.Office)?.ToString() == office)
            .Select(e => (ViolationHandled)e.Data).ToList();
        handled.Should().HaveCount(5);

        var report = await Get(fixture.ClientFor(Actors.Analyst()), $"/api/statistics/violations?office={office}&{Days}&groupBy=channel");
        var rows = RowsByGroup(report);
        rows.Keys.Should().BeEquivalentTo(handled.Select(h => h.Channel).Distinct());
        foreach (var group in handled.GroupBy(h => h.Channel))
        {
            rows[group.Key]["handled"]!.GetValue<int>().Should().Be(group.Count());
            rows[group.Key]["points"]!.GetValue<int>().Should().Be(group.Sum(h => h.Points));
            rows[group.Key]["fines"]!.GetValue<decimal>().Should().Be(group.Sum(h => h.Fine));
        }
        rows.Keys.Should().Contain(["window", "kiosk", "online", "post_office"]);
    }

    [Fact]
    public async Task accidents_settled_online_and_at_the_scene_are_told_apart()
    {
        var office = Actors.NewOffice();
        var online = fixture.ClientFor(ViolationApi.Through("online", office));
        var police = fixture.ClientFor(Actors.Clerk(office));
        var ids = new List<Guid>
        {
            await Settled(online), await Settled(online), await Settled(police), await Reported(online), await Reported(police),
        };
        await CatchUp(fixture);

        // Counted here from the raw events: the report's channel header says online or at the scene.
        var raw = (await RawStreams(fixture, ids)).Select(s => (
            Mode: s[0].GetHeader(EventHeaders.Channel)?.ToString() == "online" ? "online" : "scene",
            Office: s[0].GetHeader(EventHeaders.Office)?.ToString(),
            Closed: s.Any(e => e.Data is AccidentClosed))).ToList();
        raw.Should().OnlyContain(r => r.Office == office);

        var total = (await Get(fixture.ClientFor(Actors.Analyst()), $"/api/statistics/accidents?office={office}&{Days}&groupBy=office"))["total"]!;
        total["reported"]!.GetValue<int>().Should().Be(raw.Count);
        total["reportedOnline"]!.GetValue<int>().Should().Be(raw.Count(r => r.Mode == "online"));
        total["reportedAtScene"]!.GetValue<int>().Should().Be(raw.Count(r => r.Mode == "scene"));
        total["settled"]!.GetValue<int>().Should().Be(raw.Count(r => r.Closed));
        total["settledOnline"]!.GetValue<int>().Should().Be(raw.Count(r => r.Closed && r.Mode == "online"));
        total["settledAtScene"]!.GetValue<int>().Should().Be(raw.Count(r => r.Closed && r.Mode == "scene"));
        Number(total, "onlineSettledShare").Should().BeApproximately(2 / 3.0, 1e-9);

        var series = await Get(fixture.ClientFor(Actors.Analyst()), $"/api/statistics/series?measure=accidentsSettledOnline&office={office}&{Days}");
        series["points"]!.AsArray().Sum(p => p!["value"]!.GetValue<double>()).Should().Be(2);
    }

    [Fact]
    public void the_headers_read_by_the_statistics_are_the_ones_commands_write()
    {
        StatisticsHeaders.Office.Should().Be(EventHeaders.Office);
        StatisticsHeaders.Channel.Should().Be(EventHeaders.Channel);
    }

    private static async Task<Guid> Reported(HttpClient reporter) => await new AccidentScene().Reported(reporter);

    private async Task<Guid> Settled(HttpClient reporter)
    {
        var scene = new AccidentScene();
        var id = await scene.Reported(reporter);
        var insurerA = fixture.ClientFor(AccidentScene.Insurer(scene.InsurerA));
        var insurerB = fixture.ClientFor(AccidentScene.Insurer(scene.InsurerB));
        await ViolationApi.Ok(reporter.PostJson($"/api/accidents/{id}/responsibility/agreement", new
        {
            shares = new[] { new { idNumber = scene.DriverA, responsibility = Responsibility.Full }, new { idNumber = scene.DriverB, responsibility = Responsibility.None } },
        }));
        await ViolationApi.Ok(insurerA.PostJson($"/api/accidents/{id}/assessments", new { plate = scene.PlateA, amount = 1000m }));
        await ViolationApi.Ok(insurerB.PostJson($"/api/accidents/{id}/assessments", new { plate = scene.PlateB, amount = 500m }));
        await ViolationApi.Ok(insurerA.PostJson($"/api/accidents/{id}/settlements", new { plate = scene.PlateA, amount = 1000m, reference = "A-1" }));
        await ViolationApi.Ok(insurerB.PostJson($"/api/accidents/{id}/settlements", new { plate = scene.PlateB, amount = 500m, reference = "B-1" }));
        return id;
    }
}
