using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using JasperFx.Events;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Exams;
using TrafficCqrs.Domain.Vehicles;
using TrafficCqrs.Domain.WindowService;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Vehicles;
using TrafficCqrs.Integration.Tests.Window;
using TrafficCqrs.Projections.Analytics;
using static TrafficCqrs.Integration.Tests.Analytics.AnalyticsApi;

namespace TrafficCqrs.Integration.Tests.Analytics;

/// <summary>
/// Exams by subject and pass rate, cross-region transfers finished without a return trip, and the
/// wait at the window: each figure compared with a count made here from the raw events.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class when_an_analyst_reads_reform_statistics(ApiFixture fixture) : IDisposable
{
    private static readonly DateOnly ExamDay = new(2027, 9, 1);
    private static readonly DateOnly TransferDay = new(2027, 10, 4);
    private static readonly DateOnly QueueDay = new(2027, 11, 2);

    public void Dispose() => fixture.Clock.Reset();

    private static DateTimeOffset China(DateOnly day, int hour, int minute = 0, int second = 0, int millisecond = 0) =>
        new(day.ToDateTime(new TimeOnly(hour, minute, second, millisecond)), TimeSpan.FromHours(8));

    private static string Range(DateOnly from, DateOnly to) => $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";

    // ---------------------------------------------------------------- exams

    /// <summary>Four applicants at one office over a month: passes, a retake, failed sittings, a late and an early cancellation.</summary>
    private async Task<(string Office, List<Guid> Applications)> ExamMonth()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var day = ExamDay;
        fixture.Clock.Set(China(day.AddDays(-5), 10));
        var c1 = await File(clerk, "C1");
        var a1 = await File(clerk, "A1");
        var c2 = await File(clerk, "C2");
        var b2 = await File(clerk, "B2");

        var c1s1 = await Book(clerk, c1, 1, day);
        var a1s1 = await Book(clerk, a1, 1, day);
        var early = await Book(clerk, c2, 1, day.AddDays(1));
        await Send(clerk, $"/api/exams/applications/{c2}/bookings/{early}/cancel", new { });   // in time: not a sitting
        var c2s1 = await Book(clerk, c2, 1, day.AddDays(1));
        var b2s1 = await Book(clerk, b2, 1, day.AddDays(1));

        fixture.Clock.Set(China(day, 15));
        await Score(clerk, c1, c1s1, 95);                 // passed
        await Score(clerk, a1, a1s1, 50, 60);             // failed after the free retake
        var c1s2 = await Book(clerk, c1, 2, day.AddDays(10));

        fixture.Clock.Set(China(day.AddDays(1), 15));
        await Score(clerk, c2, c2s1, 50);                 // the retake still open: not ended
        await Score(clerk, b2, b2s1, 92);                 // passed
        var a1s1Again = await Book(clerk, a1, 1, day.AddDays(10));

        fixture.Clock.Set(China(day.AddDays(10), 15));
        await Score(clerk, c1, c1s2, 70, 85);             // passed at the retake
        await Score(clerk, a1, a1s1Again, 95);            // passed
        var c1s3 = await Book(clerk, c1, 3, day.AddDays(30));
        var a1s2 = await Book(clerk, a1, 2, day.AddDays(30));

        fixture.Clock.Set(China(day.AddDays(30), 8));
        await Send(clerk, $"/api/exams/applications/{a1}/bookings/{a1s2}/cancel", new { }); // on the day: a fail
        fixture.Clock.Set(China(day.AddDays(30), 15));
        await Score(clerk, c1, c1s3, 80, 80);             // failed
        fixture.Clock.Reset();
        return (office, [c1, a1, c2, b2]);
    }

    [Fact]
    public async Task exam_sittings_and_pass_rates_match_the_raw_results()
    {
        var (office, applications) = await ExamMonth();
        await CatchUp(fixture);

        // Counted here from the raw events: a sitting ends passed, failed after its retake, or cancelled late.
        var sittings = new List<(int Subject, string Day, string Kind, bool Passed, bool Late)>();
        foreach (var stream in await RawStreams(fixture, applications))
        {
            var licenceClass = stream.Select(e => e.Data).OfType<ExamApplicationFiled>().Single().Class;
            var kind = licenceClass[0] is 'A' or 'B' ? "large" : "small";
            foreach (var data in stream.Select(e => e.Data))
            {
                if (data is ExamAttemptScored { Passed: true } p) sittings.Add((p.Subject, $"{p.Date:yyyy-MM-dd}", kind, true, false));
                if (data is ExamAttemptScored { SittingFailed: true } f) sittings.Add((f.Subject, $"{f.Date:yyyy-MM-dd}", kind, false, false));
                if (data is ExamBookingCancelled { CountsAsFail: true } c) sittings.Add((c.Subject, $"{c.Date:yyyy-MM-dd}", kind, false, true));
            }
        }
        sittings.Should().HaveCount(7, "the scenario ends seven sittings");
        sittings.Count(s => s.Passed).Should().Be(4);
        sittings.Count(s => s.Late).Should().Be(1);

        var analyst = fixture.ClientFor(Actors.Analyst());
        var range = Range(ExamDay.AddDays(-5), ExamDay.AddDays(31));
        foreach (var (groupBy, key) in new (string, Func<(int Subject, string Day, string Kind, bool Passed, bool Late), string>)[]
                 {
                     ("subject", s => s.Subject.ToString()), ("classKind", s => s.Kind), ("day", s => s.Day), ("office", _ => office),
                 })
        {
            var report = await Get(analyst, $"/api/statistics/exams?office={office}&{range}&groupBy={groupBy}");
            var rows = RowsByGroup(report);
            var expected = sittings.GroupBy(key).ToDictionary(g => g.Key, g => g.ToList());
            rows.Keys.Should().BeEquivalentTo(expected.Keys, groupBy);
            foreach (var (group, members) in expected) ExamShouldMatch(rows[group], members, $"{groupBy}={group}");
            ExamShouldMatch(report["total"]!, sittings, "total");
        }

        var large = (await Get(analyst, $"/api/statistics/exams?office={office}&{range}&classKind=large&subject=1"))["total"]!;
        ExamShouldMatch(large, sittings.Where(s => s.Kind == "large" && s.Subject == 1).ToList(), "large, subject 1");

        var series = await Get(analyst, $"/api/statistics/series?measure=examPassRate&office={office}&{range}");
        var points = series["points"]!.AsArray().ToDictionary(p => p!["day"]!.GetValue<string>(), p => Number(p!, "value"));
        points.Should().HaveCount(37);
        foreach (var day in sittings.GroupBy(s => s.Day))
            points[day.Key].Should().BeApproximately(day.Count(s => s.Passed) / (double)day.Count(), 1e-9, day.Key);
        points.Where(p => sittings.All(s => s.Day != p.Key)).Should().OnlyContain(p => p.Value == null, "no sitting, no rate");

        var csv = await analyst.GetAsync($"/api/statistics/exams?office={office}&{range}&format=csv");
        (await csv.Content.ReadAsStringAsync()).Should().StartWith("group,sittings,passes,fails,lateCancellations,passRate\r\n");
    }

    private static void ExamShouldMatch(JsonNode row, IReadOnlyList<(int Subject, string Day, string Kind, bool Passed, bool Late)> s,
        string because)
    {
        row["sittings"]!.GetValue<int>().Should().Be(s.Count, because);
        row["passes"]!.GetValue<int>().Should().Be(s.Count(x => x.Passed), because);
        row["fails"]!.GetValue<int>().Should().Be(s.Count(x => !x.Passed), because);
        row["lateCancellations"]!.GetValue<int>().Should().Be(s.Count(x => x.Late), because);
        Number(row, "passRate").Should().Be(s.Count == 0 ? null : s.Count(x => x.Passed) / (double)s.Count, because);
    }

    private static async Task<Guid> File(HttpClient clerk, string licenceClass) =>
        Guid.Parse((await Send(clerk, "/api/exams/applications",
            new { applicantIdNumber = Http.NewIdNumber(), licenceClass }, HttpStatusCode.Created))["applicationId"]!.GetValue<string>());

    private static async Task<Guid> Book(HttpClient clerk, Guid application, int subject, DateOnly date) =>
        Guid.Parse((await Send(clerk, $"/api/exams/applications/{application}/bookings",
            new { subject, date = date.ToString("yyyy-MM-dd") }))["bookingId"]!.GetValue<string>());

    private static async Task Score(HttpClient clerk, Guid application, Guid booking, params int[] scores)
    {
        foreach (var score in scores)
            await Send(clerk, $"/api/exams/applications/{application}/bookings/{booking}/scores", new { score });
    }

    private static async Task<JsonNode> Send(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostJson(url, body);
        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
        return await response.Body();
    }

    // ---------------------------------------------------------------- transfers

    /// <summary>
    /// Four cars leave one office for another: one whose owner went back to the origin (a theft reported
    /// and withdrawn there), one held meanwhile by a third office, one plain, one still on its way.
    /// </summary>
    private async Task<(string Origin, string Destination, List<string> Vins)> TransferWeek()
    {
        var origin = Actors.NewOffice();
        var destination = Actors.NewOffice();
        var originClerk = fixture.ClientFor(Actors.Clerk(origin));
        var destinationClerk = fixture.ClientFor(Actors.Clerk(destination));
        var thirdOffice = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));

        fixture.Clock.Set(China(TransferDay, 9));
        var cars = new List<(string Vin, string Owner)>();
        for (var i = 0; i < 4; i++)
        {
            var owner = Http.NewIdNumber();
            cars.Add(((await VehicleApi.Register(originClerk, owner)).Vin, owner));
        }
        fixture.Clock.Set(China(TransferDay, 10));
        foreach (var (vin, _) in cars)
            await Send(originClerk, $"/api/vehicles/{vin}/transfer-out", new { destinationOffice = destination });

        fixture.Clock.Set(China(TransferDay, 16));
        await Send(originClerk, $"/api/vehicles/{cars[1].Vin}/holds", new { change = "report_stolen", party = "110-2027-001" });
        await Send(originClerk, $"/api/vehicles/{cars[1].Vin}/holds", new { change = "recover" });
        await Send(thirdOffice, $"/api/vehicles/{cars[2].Vin}/holds", new { change = "seize", party = "Court of Yanta", reason = "debt" });
        await Send(thirdOffice, $"/api/vehicles/{cars[2].Vin}/holds", new { change = "release_seizure" });

        fixture.Clock.Set(China(TransferDay.AddDays(2), 11));
        foreach (var (vin, owner) in cars.Take(2))
            await Send(destinationClerk, $"/api/vehicles/{vin}/transfer-in",
                new { plate = await VehicleApi.SelectPlate(destinationClerk, owner, vin, prefix: "京N") });
        fixture.Clock.Set(China(TransferDay.AddDays(5), 23, 30));
        await Send(destinationClerk, $"/api/vehicles/{cars[2].Vin}/transfer-in",
            new { plate = await VehicleApi.SelectPlate(destinationClerk, cars[2].Owner, cars[2].Vin, prefix: "京N") });
        fixture.Clock.Reset();
        return (origin, destination, cars.Select(c => c.Vin).ToList());
    }

    [Fact]
    public async Task transfers_finished_without_a_return_trip_match_the_vehicle_records()
    {
        var (origin, destination, vins) = await TransferWeek();
        await CatchUp(fixture);

        // Counted here from the raw vehicle streams: the origin office in any event between out and in is a return trip.
        var transfers = new List<(string OutDay, string? InDay, bool ReturnTrip, int? Days)>();
        foreach (var stream in await RawStreams(fixture, vins.Select(VehicleKeys.Vehicle)))
        {
            var outIndex = stream.ToList().FindIndex(e => e.Data is VehicleTransferredOut);
            var sent = (VehicleTransferredOut)stream[outIndex].Data;
            var received = stream.Skip(outIndex).Select(e => e.Data).OfType<VehicleTransferredIn>().SingleOrDefault();
            var between = stream.Skip(outIndex + 1).TakeWhile(e => e.Data is not VehicleTransferredIn);
            transfers.Add((ChinaDay(sent.TransferredOutAt), received is null ? null : ChinaDay(received.TransferredInAt),
                between.Any(e => e.GetHeader(EventHeaders.Office)?.ToString() == sent.OriginOffice),
                received is null ? null : DateOnly.Parse(ChinaDay(received.TransferredInAt)).DayNumber - DateOnly.Parse(ChinaDay(sent.TransferredOutAt)).DayNumber));
        }
        transfers.Count(t => t.InDay is not null).Should().Be(3);
        transfers.Count(t => t.ReturnTrip).Should().Be(1);

        var analyst = fixture.ClientFor(Actors.Analyst());
        var range = Range(TransferDay.AddDays(-1), TransferDay.AddDays(7));
        var report = await Get(analyst, $"/api/statistics/transfers?office={destination}&{range}&groupBy=origin");
        RowsByGroup(report).Keys.Should().Equal(origin);
        var done = transfers.Where(t => t.InDay is not null).ToList();
        foreach (var row in new[] { report["total"]!, RowsByGroup(report)[origin] })
        {
            row["transfersOut"]!.GetValue<int>().Should().Be(transfers.Count);
            row["transfersIn"]!.GetValue<int>().Should().Be(done.Count);
            row["withoutReturnTrip"]!.GetValue<int>().Should().Be(done.Count(t => !t.ReturnTrip));
            Number(row, "withoutReturnTripShare").Should().BeApproximately(done.Count(t => !t.ReturnTrip) / (double)done.Count, 1e-9);
            Number(row, "averageTransferDays").Should().BeApproximately(done.Average(t => t.Days!.Value), 1e-9);
        }

        var byDay = RowsByGroup(await Get(analyst, $"/api/statistics/transfers?office={destination}&{range}&groupBy=day"));
        var days = transfers.Select(t => t.OutDay).Concat(done.Select(t => t.InDay!)).Distinct().ToList();
        byDay.Keys.Should().BeEquivalentTo(days);
        foreach (var day in days)
        {
            byDay[day]["transfersOut"]!.GetValue<int>().Should().Be(transfers.Count(t => t.OutDay == day), day);
            byDay[day]["transfersIn"]!.GetValue<int>().Should().Be(done.Count(t => t.InDay == day), day);
            byDay[day]["withoutReturnTrip"]!.GetValue<int>().Should().Be(done.Count(t => t.InDay == day && !t.ReturnTrip), day);
        }

        (await Get(analyst, $"/api/statistics/transfers?office={origin}&{range}"))["rows"]!.AsArray()
            .Should().BeEmpty("the office filter is the destination");
        var series = await Get(analyst, $"/api/statistics/series?measure=transfersWithoutReturnTrip&office={destination}&{range}");
        series["points"]!.AsArray().Sum(p => p!["value"]!.GetValue<double>()).Should().Be(done.Count(t => !t.ReturnTrip));
    }

    private static string ChinaDay(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd");

    // ---------------------------------------------------------------- waiting

    /// <summary>A morning at one office: four tickets for two business types, three called after different waits.</summary>
    private async Task<(string Office, List<Guid> Tickets)> QueueMorning()
    {
        var office = Actors.NewOffice();
        var kiosk = fixture.ClientFor(WindowActors.Kiosk(office));
        var clerk = fixture.ClientFor(WindowActors.Clerk(office, "W01", "clerk.wait." + office));

        fixture.Clock.Set(China(QueueDay, 9));
        var first = await WindowApi.IssueId(kiosk, "licence.renew");
        var second = await WindowApi.IssueId(kiosk, "licence.renew");
        fixture.Clock.Set(China(QueueDay, 9, 1));
        var third = await WindowApi.IssueId(kiosk, "vehicle.replace_plate");
        var fourth = await WindowApi.IssueId(kiosk, "vehicle.replace_plate");

        fixture.Clock.Set(China(QueueDay, 9, 5, 30, 250));
        await WindowApi.Call(clerk, first);
        await WindowApi.Serve(clerk, first);
        fixture.Clock.Set(China(QueueDay, 9, 10));
        await WindowApi.Call(clerk, second);
        await WindowApi.NoShow(clerk, second);
        fixture.Clock.Set(China(QueueDay, 9, 20, 0, 7));
        await WindowApi.Call(clerk, third);
        fixture.Clock.Reset();
        return (office, [first, second, third, fourth]);
    }

    [Fact]
    public async Task waiting_time_per_office_matches_the_tickets()
    {
        var (office, tickets) = await QueueMorning();
        await CatchUp(fixture);

        // Counted here from the raw ticket streams: issued → first call, in milliseconds.
        var raw = (await RawStreams(fixture, tickets)).Select(s =>
        {
            var issued = s.Select(e => e.Data).OfType<TicketIssued>().Single();
            var called = s.Select(e => e.Data).OfType<TicketCalled>().FirstOrDefault();
            return (issued.BusinessType, Wait: called is null ? (long?)null : (long)(called.CalledAt - issued.IssuedAt).TotalMilliseconds);
        }).ToList();
        var waits = raw.Where(r => r.Wait is not null).Select(r => r.Wait!.Value).Order().ToList();
        waits.Should().Equal(330_250, 600_000, 1_140_007);

        var analyst = fixture.ClientFor(Actors.Analyst());
        var range = Range(QueueDay, QueueDay);
        var report = await Get(analyst, $"/api/statistics/waiting?office={office}&{range}&groupBy=businessType");
        var rows = RowsByGroup(report);
        rows.Keys.Should().BeEquivalentTo(raw.Select(r => r.BusinessType).Distinct());
        foreach (var group in raw.GroupBy(r => r.BusinessType))
            WaitShouldMatch(rows[group.Key], group.ToList(), group.Key);
        WaitShouldMatch(report["total"]!, raw, "total");
        RowsByGroup(await Get(analyst, $"/api/statistics/waiting?office={office}&{range}&groupBy=day"))
            .Keys.Should().Equal(QueueDay.ToString("yyyy-MM-dd"));

        // The case statistics carry the same average wait for the office.
        var cases = await Get(analyst, $"/api/statistics/cases?office={office}&{range}");
        Number(cases["total"]!, "averageWaitingSeconds").Should().BeApproximately(waits.Average() / 1000.0, 1e-9);

        var series = await Get(analyst, $"/api/statistics/series?measure=p90WaitingSeconds&office={office}&{range}");
        Number(series["points"]![0]!, "value").Should().BeApproximately(1_140.007, 1e-9);
    }

    private static void WaitShouldMatch(JsonNode row, IReadOnlyList<(string BusinessType, long? Wait)> tickets, string because)
    {
        var waits = tickets.Where(t => t.Wait is not null).Select(t => t.Wait!.Value).Order().ToList();
        row["issued"]!.GetValue<int>().Should().Be(tickets.Count, because);
        row["called"]!.GetValue<int>().Should().Be(waits.Count, because);
        Number(row, "averageWaitingSeconds").Should().BeApproximately(waits.Average() / 1000.0, 1e-9, because);
        // Nearest rank: the value at rank ceil(0.9 n).
        Number(row, "p90WaitingSeconds").Should().BeApproximately(waits[(int)Math.Ceiling(0.9 * waits.Count) - 1] / 1000.0, 1e-9, because);
    }

    // ---------------------------------------------------------------- rebuild and parameters

    [Fact]
    public async Task the_new_projections_read_the_same_after_a_rebuild()
    {
        var (examOffice, _) = await ExamMonth();
        var (origin, destination, _) = await TransferWeek();
        var (queueOffice, _) = await QueueMorning();
        await CatchUp(fixture);

        var analyst = fixture.ClientFor(Actors.Analyst());
        var admin = fixture.ClientFor(Admin);
        // Each report reads this test's own offices: the scenario days are shared by every run.
        string[] reports =
        [
            $"/api/statistics/exams?office={examOffice}&{Range(ExamDay.AddDays(-5), ExamDay.AddDays(31))}&groupBy=day",
            $"/api/statistics/exams?office={examOffice}&{Range(ExamDay.AddDays(-5), ExamDay.AddDays(31))}&groupBy=classKind",
            $"/api/statistics/transfers?office={destination}&{Range(TransferDay, TransferDay.AddDays(5))}&groupBy=day",
            $"/api/statistics/transfers?origin={origin}&{Range(TransferDay, TransferDay.AddDays(5))}&groupBy=office",
            $"/api/statistics/waiting?office={queueOffice}&{Range(QueueDay, QueueDay)}&groupBy=businessType",
            $"/api/statistics/waiting?office={queueOffice}&{Range(QueueDay, QueueDay)}&groupBy=day",
        ];
        var before = new List<string>();
        foreach (var url in reports) before.Add((await Get(analyst, url)).ToJsonString());
        before[0].Should().Contain("\"passes\":", "the scenario is there before the rebuild");
        before[2].Should().Contain("\"transfersIn\":2");
        before[4].Should().Contain("\"called\":2");

        foreach (var name in new[] { ExamStatisticsProjection.Name, TransferStatisticsProjection.Name, WaitingStatisticsProjection.Name })
        {
            var rebuilt = await admin.PostAsync($"/api/admin/projections/{name}/rebuild", null);
            rebuilt.StatusCode.Should().Be(HttpStatusCode.OK, await rebuilt.Content.ReadAsStringAsync());
        }
        await CatchUp(fixture);

        var after = new List<string>();
        foreach (var url in reports) after.Add((await Get(analyst, url)).ToJsonString());
        after.Should().Equal(before);
    }

    [Theory]
    [InlineData("/api/statistics/exams?subject=5", "subject")]
    [InlineData("/api/statistics/exams?classKind=medium", "classKind")]
    [InlineData("/api/statistics/exams?groupBy=channel", "groupBy")]
    [InlineData("/api/statistics/transfers?groupBy=businessType", "groupBy")]
    [InlineData("/api/statistics/waiting?groupBy=subject", "groupBy")]
    [InlineData("/api/statistics/series?measure=examPassRate&subject=x", "subject")]
    public async Task bad_parameters_are_named(string query, string field)
    {
        var response = await fixture.ClientFor(Actors.Analyst()).GetAsync(query);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, query);
        (await response.Content.ReadAsStringAsync()).Should().Contain(field);
    }
}
