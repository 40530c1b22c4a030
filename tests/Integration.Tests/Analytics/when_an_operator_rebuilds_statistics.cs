using System.Net;
using FluentAssertions;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Outlets;
using TrafficCqrs.Integration.Tests.Violations;
using TrafficCqrs.Projections.Analytics;
using static TrafficCqrs.Integration.Tests.Analytics.AnalyticsApi;

namespace TrafficCqrs.Integration.Tests.Analytics;

[Collection(ApiCollection.Name)]
public sealed class when_an_operator_rebuilds_statistics(ApiFixture fixture)
{
    [Fact]
    public async Task every_statistics_projection_reads_the_same_after_a_rebuild()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var online = fixture.ClientFor(ViolationApi.Through("online", office));
        await Completed(fixture, clerk, "licence.postpone");
        await Completed(fixture, online, "licence.postpone");
        await Rejected(fixture, clerk, "licence.apply");
        await Open(fixture, await OutletApi.CommissionedAgent(fixture, office, "POST-" + office, "post_office", "licence.replace_lost"),
            "licence.replace_lost");
        await CatchUp(fixture);

        var analyst = fixture.ClientFor(Actors.Analyst());
        var admin = fixture.ClientFor(Admin);
        string[] reports =
        [
            $"/api/statistics/cases?office={office}&{Days}&groupBy=channel",
            $"/api/statistics/cases?{Days}&groupBy=office",
            $"/api/statistics/outlets?{Days}",
            $"/api/statistics/violations?{Days}&groupBy=office",
            $"/api/statistics/accidents?{Days}&groupBy=office",
        ];
        var before = new List<string>();
        foreach (var url in reports) before.Add((await Get(analyst, url)).ToJsonString());
        before[0].Should().Contain("\"opened\":2", "the scenario is there before the rebuild");

        foreach (var name in AnalyticsStoreArea.ProjectionNames)
        {
            var rebuilt = await admin.PostAsync($"/api/admin/projections/{name}/rebuild", null);
            rebuilt.StatusCode.Should().Be(HttpStatusCode.OK, await rebuilt.Content.ReadAsStringAsync());
        }
        await CatchUp(fixture);

        var after = new List<string>();
        foreach (var url in reports) after.Add((await Get(analyst, url)).ToJsonString());
        after.Should().Equal(before);
    }

    [Fact]
    public async Task the_admin_endpoint_lists_every_projection_and_refuses_unknown_ones_and_non_admins()
    {
        var admin = fixture.ClientFor(Admin);
        var status = await Get(admin, "/api/admin/projections");
        var names = status["projections"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList();
        names.Should().Contain(AnalyticsStoreArea.ProjectionNames).And.Contain("CaseSummary");

        (await admin.PostAsync("/api/admin/projections/NoSuchThing/rebuild", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await fixture.ClientFor(Actors.Analyst()).GetAsync("/api/admin/projections")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task a_paused_daemon_shows_as_lag_until_it_catches_up()
    {
        var coordinator = fixture.Host.Services.GetRequiredService<IProjectionCoordinator>();
        var admin = fixture.ClientFor(Admin);
        await CatchUp(fixture);

        await coordinator.PauseAsync();
        try
        {
            var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
            await Open(fixture, clerk, "licence.postpone");
            await Open(fixture, clerk, "licence.postpone");

            var status = await Get(admin, "/api/admin/projections");
            Lag(status, CaseStatisticsProjection.Name).Should().BeGreaterThan(0);
            var health = await Get(fixture.AnonymousClient(), "/health");
            health["checks"]!["projections"]!["data"]![CaseStatisticsProjection.Name]!["lag"]!.GetValue<long>()
                .Should().BeGreaterThan(0);
        }
        finally
        {
            await coordinator.ResumeAsync();
        }

        await CatchUp(fixture);
        Lag(await Get(admin, "/api/admin/projections"), CaseStatisticsProjection.Name).Should().Be(0);
    }

    private static long Lag(System.Text.Json.Nodes.JsonNode status, string name) =>
        status["projections"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!["lag"]!.GetValue<long>();
}
