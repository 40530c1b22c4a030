using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using JasperFx.Events;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Outlets;
using TrafficCqrs.Integration.Tests.Violations;
using static TrafficCqrs.Integration.Tests.Analytics.AnalyticsApi;

namespace TrafficCqrs.Integration.Tests.Analytics;

[Collection(ApiCollection.Name)]
public sealed class when_an_analyst_reads_case_statistics(ApiFixture fixture)
{
    private const string IdOnlyFree = "licence.postpone";     // ID-only, no fee, window/kiosk/online
    private const string NotIdOnly = "licence.apply";         // needs more than the ID card, fee 10
    private const string IdOnlyAgent = "licence.replace_lost"; // ID-only, fee 10, outlets allowed

    /// <summary>A mixed day at one office: every channel, every outcome, two outlets (one a post office).</summary>
    private async Task<(string Office, List<Guid> Cases)> BusyDay()
    {
        var office = Actors.NewOffice();
        var window = fixture.ClientFor(Actors.Clerk(office));
        var online = fixture.ClientFor(ViolationApi.Through("online", office));
        var kiosk = fixture.ClientFor(ViolationApi.Through("kiosk", office));
        var postOffice = await OutletApi.CommissionedAgent(fixture, office, "POST-" + office, "post_office", IdOnlyAgent);
        var ruralPoint = await OutletApi.CommissionedAgent(fixture, office, "RURAL-" + office, "rural_point", IdOnlyAgent);

        List<Guid> cases =
        [
            await Completed(fixture, window, IdOnlyFree),
            await Completed(fixture, window, IdOnlyFree),
            await Rejected(fixture, window, IdOnlyFree),
            await Completed(fixture, window, NotIdOnly, fee: 10m),
            await Withdrawn(fixture, window, NotIdOnly),
            await Open(fixture, window, NotIdOnly),
            await Completed(fixture, online, IdOnlyFree),
            await Completed(fixture, online, IdOnlyFree),
            await Completed(fixture, kiosk, IdOnlyFree),
            await Completed(fixture, postOffice, IdOnlyAgent, fee: 10m),
            await Completed(fixture, ruralPoint, IdOnlyAgent, fee: 10m),
            await Rejected(fixture, ruralPoint, IdOnlyAgent),
        ];
        return (office, cases);
    }

    [Fact]
    public async Task every_figure_matches_a_count_made_from_the_raw_events()
    {
        var (office, cases) = await BusyDay();
        await CatchUp(fixture);
        var analyst = fixture.ClientFor(Actors.Analyst());
        var raw = (await RawStreams(fixture, cases)).Select(RawCase.From).ToList();

        foreach (var (groupBy, key) in new (string, Func<RawCase, string>)[]
                 {
                     ("channel", c => c.Opened.Channel),
                     ("businessType", c => c.Opened.BusinessType),
                     ("office", c => c.Opened.Office),
                 })
        {
            var report = await Get(analyst, $"/api/statistics/cases?office={office}&{Days}&groupBy={groupBy}");
            report["groupBy"]!.GetValue<string>().Should().Be(groupBy);
            var rows = RowsByGroup(report);
            var expected = raw.GroupBy(key).ToDictionary(g => g.Key, g => g.ToList());
            rows.Keys.Should().BeEquivalentTo(expected.Keys, $"grouped by {groupBy}");
            foreach (var (group, members) in expected)
                ShouldMatch(rows[group], members, $"{groupBy}={group}");
            ShouldMatch(report["total"]!, raw, "total");
        }

        // Days: openings on the day opened, closings on the day closed (China time).
        var byDay = RowsByGroup(await Get(analyst, $"/api/statistics/cases?office={office}&{Days}&groupBy=day"));
        foreach (var (day, row) in byDay)
        {
            row["opened"]!.GetValue<int>().Should().Be(raw.Count(c => Day(c.Opened.OpenedAt) == day));
            row["completed"]!.GetValue<int>().Should().Be(raw.Count(c => c.Completed is { } at && Day(at) == day));
        }
        byDay.Values.Sum(r => r["opened"]!.GetValue<int>()).Should().Be(cases.Count);
    }

    [Fact]
    public async Task outlets_channels_and_measures_show_the_reform()
    {
        var (office, cases) = await BusyDay();
        await CatchUp(fixture);
        var analyst = fixture.ClientFor(Actors.Analyst());
        var raw = (await RawStreams(fixture, cases)).Select(RawCase.From).ToList();

        var outlets = await Get(analyst, $"/api/statistics/outlets?office={office}&{Days}");
        var rows = RowsByGroup(outlets);
        rows.Keys.Should().BeEquivalentTo(["POST-" + office, "RURAL-" + office]);
        foreach (var (outlet, row) in rows)
            ShouldMatch(row, raw.Where(c => c.Opened.Outlet == outlet).ToList(), outlet);

        var total = (await Get(analyst, $"/api/statistics/cases?office={office}&{Days}"))["total"]!;
        // 8 completed: 3 at the window, 2 online, 1 kiosk, 2 at outlets (1 a post office).
        total["completed"]!.GetValue<int>().Should().Be(8);
        Number(total, "onlineShare").Should().BeApproximately(2 / 8.0, 1e-9);
        Number(total, "kioskShare").Should().BeApproximately(1 / 8.0, 1e-9);
        Number(total, "outletShare").Should().BeApproximately(2 / 8.0, 1e-9);
        Number(total, "postOfficeShare").Should().BeApproximately(1 / 8.0, 1e-9);
        Number(total, "idOnlyShare").Should().BeApproximately(7 / 8.0, 1e-9);
        total["tripsSaved"]!.GetValue<int>().Should().Be(5, "online, kiosk and outlet cases need no office trip");
        Number(total, "visitsPerCase").Should().BeApproximately(6 / 8.0, 1e-9, "online cases need no trip at all");
        Number(total, "oneVisitShare").Should().Be(1.0, "no case asked for a return visit");
        total["averageWaitingSeconds"].Should().BeNull("there are no queue tickets yet");

        var filtered = (await Get(analyst, $"/api/statistics/cases?office={office}&{Days}&channel=online&businessType={IdOnlyFree}"))["total"]!;
        filtered["opened"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task a_series_gives_every_day_and_csv_gives_the_same_rows()
    {
        var (office, cases) = await BusyDay();
        await CatchUp(fixture);
        var analyst = fixture.ClientFor(Actors.Analyst());

        var series = await Get(analyst, $"/api/statistics/series?measure=opened&office={office}&{Days}");
        var points = series["points"]!.AsArray();
        points.Should().HaveCount(3);
        points.Sum(p => p!["value"]!.GetValue<double>()).Should().Be(cases.Count);

        var json = await Get(analyst, $"/api/statistics/cases?office={office}&{Days}&groupBy=channel");
        var csvResponse = await analyst.GetAsync($"/api/statistics/cases?office={office}&{Days}&groupBy=channel&format=csv");
        csvResponse.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = (await csvResponse.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Split(',')[..3].Should().Equal("group", "opened", "completed");
        lines.Should().HaveCount(json["rows"]!.AsArray().Count + 2, "a header, the rows and the total");
        var window = lines.Single(l => l.StartsWith("window,")).Split(',');
        window[1].Should().Be(RowsByGroup(json)["window"]["opened"]!.ToString());

        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/statistics/series?measure=completed&office={office}&{Days}");
        request.Headers.Accept.ParseAdd("text/csv");
        var byAccept = await analyst.SendAsync(request);
        (await byAccept.Content.ReadAsStringAsync()).Should().StartWith("day,value\r\n");
    }

    [Fact]
    public async Task bad_parameters_are_named_and_only_analysts_and_supervisors_read()
    {
        var analyst = fixture.ClientFor(Actors.Analyst());
        foreach (var (query, field) in new[]
                 {
                     ("/api/statistics/cases?from=26-11-2026", "from"),
                     ("/api/statistics/cases?from=2026-11-27&to=2026-11-26", "from"),
                     ("/api/statistics/cases?groupBy=colour", "groupBy"),
                     ("/api/statistics/cases?channel=fax", "channel"),
                     ("/api/statistics/cases?format=xml", "format"),
                     ("/api/statistics/series?measure=happiness", "measure"),
                     ("/api/statistics/cases?from=2020-01-01&to=2026-01-01", "to"),
                 })
        {
            var response = await analyst.GetAsync(query);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, query);
            (await response.Content.ReadAsStringAsync()).Should().Contain(field);
        }

        (await fixture.ClientFor(Actors.Clerk(Actors.NewOffice())).GetAsync("/api/statistics/cases"))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await fixture.AnonymousClient().GetAsync("/api/statistics/cases")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await fixture.ClientFor(new("sup.1", ["supervisor"], "610000")).GetAsync("/api/statistics/cases"))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static string Day(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd");

    /// <summary>Compares a row with figures counted here, from the raw events, without the production code.</summary>
    private static void ShouldMatch(JsonNode row, IReadOnlyList<RawCase> cases, string because)
    {
        var completed = cases.Where(c => c.Completed is not null).ToList();
        var seconds = completed.Select(c => (long)Math.Max(0, (c.Completed!.Value - c.Opened.OpenedAt).TotalSeconds)).Order().ToList();
        double? Share(Func<RawCase, bool> which) => completed.Count == 0 ? null : completed.Count(which) / (double)completed.Count;

        row["opened"]!.GetValue<int>().Should().Be(cases.Count, because);
        row["completed"]!.GetValue<int>().Should().Be(completed.Count, because);
        row["rejected"]!.GetValue<int>().Should().Be(cases.Count(c => c.Rejected), because);
        row["withdrawn"]!.GetValue<int>().Should().Be(cases.Count(c => c.Withdrawn), because);
        Number(row, "averageHandlingSeconds").Should().Be(seconds.Count == 0 ? null : seconds.Average(), because);
        // Nearest rank: the value at rank ceil(0.9 n).
        Number(row, "p90HandlingSeconds").Should().Be(seconds.Count == 0 ? null : seconds[(int)Math.Ceiling(0.9 * seconds.Count) - 1], because);
        Number(row, "onlineShare").Should().Be(Share(c => c.Opened.Channel == "online"), because);
        Number(row, "kioskShare").Should().Be(Share(c => c.Opened.Channel == "kiosk"), because);
        Number(row, "outletShare").Should().Be(Share(c => c.Opened.Channel == "outlet"), because);
        Number(row, "postOfficeShare").Should().Be(Share(c => c.Opened.Outlet?.StartsWith("POST") == true), because);
        Number(row, "idOnlyShare").Should().Be(Share(c => c.Opened.BusinessType != NotIdOnly), because);
        Number(row, "oneVisitShare").Should().Be(Share(_ => true), because);
        Number(row, "visitsPerCase").Should().Be(completed.Count == 0 ? null
            : completed.Sum(c => c.Opened.Channel == "online" ? 0 : 1) / (double)completed.Count, because);
        row["tripsSaved"]!.GetValue<int>().Should().Be(completed.Count(c => c.Opened.Channel != "window"), because);
    }

    private sealed record RawCase(CaseOpened Opened, DateTimeOffset? Completed, bool Rejected, bool Withdrawn)
    {
        public static RawCase From(IReadOnlyList<IEvent> stream) => new(
            stream.Select(e => e.Data).OfType<CaseOpened>().Single(),
            stream.Select(e => e.Data).OfType<CaseCompleted>().SingleOrDefault()?.CompletedAt,
            stream.Any(e => e.Data is CaseRejected),
            stream.Any(e => e.Data is CaseWithdrawn));
    }
}
