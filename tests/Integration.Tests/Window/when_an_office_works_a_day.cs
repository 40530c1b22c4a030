using System.Text.Json.Nodes;
using FluentAssertions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Projections.Cases;
using TrafficCqrs.Projections.WindowService;

namespace TrafficCqrs.Integration.Tests.Window;

/// <summary>
/// A day at one office: forty tickets over four counters, no-shows, return visits and refunds.
/// The test keeps its own record of what happened and reads the times from the raw events (the
/// audit trace), then checks every board figure against its own count, before and after the
/// board projections are rebuilt from the events.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class when_an_office_works_a_day(ApiFixture fixture)
{
    private static readonly string[] Counters = ["W01", "W02", "W03", "W04"];
    private static readonly string[] Businesses =
        ["licence.replace_lost", "licence.renew", "licence.contact_change", "vehicle.replace_vehicle_licence", "violation.handle"];

    /// <summary>What the test saw happen to one ticket.</summary>
    private sealed record Visit(Guid Ticket, string? Counter, string Outcome);

    /// <summary>A case the test completed: where, by whom, and whether in one visit.</summary>
    private sealed record Completion(Guid Case, string Counter, string Clerk, bool OneVisit);

    [Fact]
    public async Task the_boards_match_an_independent_count_and_a_projection_rebuild()
    {
        var office = Actors.NewOffice();
        var kiosk = fixture.ClientFor(WindowActors.Kiosk(office));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var supervisor = fixture.ClientFor(WindowActors.Supervisor(office));
        var clerkIds = Counters.ToDictionary(c => c, c => $"clerk.{c}.{office}");
        var clerks = Counters.ToDictionary(c => c, c => fixture.ClientFor(WindowActors.Clerk(office, c, clerkIds[c])));
        var fees = new Dictionary<string, decimal>();
        foreach (var code in Businesses)
            fees[code] = (await WindowApi.Get(kiosk, $"/api/catalogue/{code}"))["fee"]!.GetValue<decimal>();

        var random = new Random(20261126);
        var visits = new List<Visit>();
        var completions = new List<Completion>();
        var comingBack = new List<(Guid Case, string Business)>();
        var refunds = 0;

        // Morning: 36 tickets from the kiosk; every 11th is a paid business that will be refused.
        var morning = new List<(Guid Ticket, string Business)>();
        for (var i = 0; i < 36; i++)
        {
            var business = i % 11 == 6 ? "licence.replace_lost" : Businesses[random.Next(Businesses.Length)];
            morning.Add((await WindowApi.IssueId(kiosk, business), business));
        }

        // The first 31 are served in turn across the four counters.
        for (var i = 0; i < 31; i++)
        {
            var (ticket, business) = morning[i];
            var counter = Counters[i % Counters.Length];
            var clerk = clerks[counter];
            await WindowApi.Call(clerk, ticket);
            if (i % 9 == 4)
            {
                await WindowApi.NoShow(clerk, ticket);
                visits.Add(new Visit(ticket, counter, "no-show"));
                continue;
            }

            var caseId = await WindowApi.OpenCase(clerk, ticket, await WindowApplicants.Body(fixture, business));
            await WindowApi.Accept(clerk, caseId);
            if (i % 7 == 3)
            {
                await WindowApi.ReturnVisit(clerk, ticket, "The applicant must bring the vehicle for inspection.");
                comingBack.Add((caseId, business));
                visits.Add(new Visit(ticket, counter, "served"));
                continue;
            }
            if (fees[business] > 0m) await WindowApi.Pay(clerk, caseId, fees[business], $"WX-{office}-{i}");
            if (i % 11 == 6)
            {
                await WindowApi.Reject(clerk, caseId, "The licence is recorded as seized.");
                refunds++;
            }
            else
            {
                await WindowApi.Complete(clerk, caseId);
                completions.Add(new Completion(caseId, counter, clerkIds[counter], OneVisit: true));
            }
            await WindowApi.Serve(clerk, ticket);
            visits.Add(new Visit(ticket, counter, "served"));
        }

        // Afternoon: those sent away come back on new tickets, to another counter.
        for (var j = 0; j < comingBack.Count; j++)
        {
            var (caseId, business) = comingBack[j];
            var counter = Counters[(j + 1) % Counters.Length];
            var clerk = clerks[counter];
            var ticket = await WindowApi.IssueId(kiosk, business);
            await WindowApi.Call(clerk, ticket);
            await WindowApi.Resume(clerk, ticket, caseId);
            if (fees[business] > 0m) await WindowApi.Pay(clerk, caseId, fees[business], $"AP-{office}-{j}");
            await WindowApi.Complete(clerk, caseId);
            await WindowApi.Serve(clerk, ticket);
            visits.Add(new Visit(ticket, counter, "served"));
            completions.Add(new Completion(caseId, counter, clerkIds[counter], OneVisit: false));
        }

        // Closing time: two applicants at counters W03 and W04, three still waiting.
        await WindowApi.Call(clerks["W03"], morning[31].Ticket);
        await WindowApi.Call(clerks["W04"], morning[32].Ticket);
        visits.Add(new Visit(morning[31].Ticket, "W03", "at the counter"));
        visits.Add(new Visit(morning[32].Ticket, "W04", "at the counter"));
        visits.AddRange(morning.Skip(33).Select(t => new Visit(t.Ticket, null, "waiting")));

        comingBack.Should().HaveCount(4, "the day is meant to have return visits");
        refunds.Should().Be(2, "the day is meant to have refunds");
        visits.Should().HaveCount(40);

        // The independent count: times from the events themselves.
        var waits = new Dictionary<Guid, TimeSpan>();
        foreach (var visit in visits.Where(v => v.Counter is not null))
        {
            var events = (await WindowApi.Get(auditor, $"/api/audit/cases/{visit.Ticket}/trace")).AsArray();
            waits[visit.Ticket] = Time(events, "queue.ticket_called", "calledAt") - Time(events, "queue.ticket_issued", "issuedAt");
        }
        var handling = new Dictionary<Guid, TimeSpan>();
        foreach (var completion in completions)
        {
            var events = (await WindowApi.Get(auditor, $"/api/audit/cases/{completion.Case}/trace")).AsArray();
            handling[completion.Case] = Time(events, "case.completed", "completedAt") - Time(events, "case.accepted", "acceptedAt");
        }

        var day = (await WindowApi.Ticket(kiosk, morning[0].Ticket))["day"]!.GetValue<string>();
        var board = await WindowApi.Get(supervisor, $"/api/boards/offices/{office}?day={day}");

        board["ticketsIssued"]!.GetValue<int>().Should().Be(40);
        board["waiting"]!.GetValue<int>().Should().Be(visits.Count(v => v.Outcome == "waiting")).And.Be(3);
        board["ticketsServed"]!.GetValue<int>().Should().Be(visits.Count(v => v.Outcome == "served"));
        board["noShows"]!.GetValue<int>().Should().Be(visits.Count(v => v.Outcome == "no-show"));
        board["averageWaitSeconds"]!.GetValue<decimal>().Should().Be(Average(waits.Values)!.Value);
        board["casesCompleted"]!.GetValue<int>().Should().Be(completions.Count).And.Be(26);
        board["averageHandlingSeconds"]!.GetValue<decimal>().Should().Be(Average(handling.Values)!.Value);
        board["completedInOneVisit"]!.GetValue<int>().Should().Be(completions.Count(c => c.OneVisit)).And.Be(22);
        board["oneVisitShare"]!.GetValue<decimal>().Should().Be(Math.Round(22m / 26m, 4));

        var counterBoards = board["counters"]!.AsArray();
        counterBoards.Select(c => c!["counter"]!.GetValue<string>()).Should().Equal(Counters);
        foreach (var counterBoard in counterBoards)
        {
            var counter = counterBoard!["counter"]!.GetValue<string>();
            var here = visits.Where(v => v.Counter == counter).ToList();
            var done = completions.Where(c => c.Counter == counter).ToList();
            counterBoard["ticketsCalled"]!.GetValue<int>().Should().Be(here.Count, counter);
            counterBoard["ticketsServed"]!.GetValue<int>().Should().Be(here.Count(v => v.Outcome == "served"), counter);
            counterBoard["noShows"]!.GetValue<int>().Should().Be(here.Count(v => v.Outcome == "no-show"), counter);
            counterBoard["averageWaitSeconds"]!.GetValue<decimal>().Should().Be(Average(here.Select(v => waits[v.Ticket]))!.Value, counter);
            counterBoard["casesCompleted"]!.GetValue<int>().Should().Be(done.Count, counter);
            counterBoard["averageHandlingSeconds"]!.GetValue<decimal>().Should().Be(Average(done.Select(c => handling[c.Case]))!.Value, counter);
            counterBoard["completedInOneVisit"]!.GetValue<int>().Should().Be(done.Count(c => c.OneVisit), counter);
            counterBoard["oneVisitShare"]!.GetValue<decimal>().Should().Be(Math.Round((decimal)done.Count(c => c.OneVisit) / done.Count, 4), counter);
            var serving = here.SingleOrDefault(v => v.Outcome == "at the counter");
            if (serving is null)
                counterBoard["nowServing"].Should().BeNull(counter);
            else
                counterBoard["nowServing"]!["ticketId"]!.GetValue<string>().Should().Be(serving.Ticket.ToString(), counter);
        }

        foreach (var counter in Counters)
        {
            var clerkBoard = await WindowApi.Get(supervisor, $"/api/boards/clerks/{clerkIds[counter]}?day={day}");
            var done = completions.Where(c => c.Clerk == clerkIds[counter]).ToList();
            clerkBoard["ticketsCalled"]!.GetValue<int>().Should().Be(visits.Count(v => v.Counter == counter));
            clerkBoard["casesCompleted"]!.GetValue<int>().Should().Be(done.Count);
            clerkBoard["averageHandlingSeconds"]!.GetValue<decimal>().Should().Be(Average(done.Select(c => handling[c.Case]))!.Value);
        }

        // Lose the office's board views, then rebuild them from the events: the same board. Only
        // this office's streams are rebuilt, so tests running beside this one keep their documents.
        var store = fixture.Host.Services.GetRequiredService<IDocumentStore>();
        List<Guid> ticketIds, caseIds;
        await using (var query = store.QuerySession())
        {
            ticketIds = (await query.Query<QueueTicketView>().Where(x => x.Office == office).Select(x => x.Id).ToListAsync()).ToList();
            caseIds = (await query.Query<CaseSummary>().Where(x => x.Office == office).Select(x => x.Id).ToListAsync()).ToList();
        }
        ticketIds.Should().NotBeEmpty();
        caseIds.Should().NotBeEmpty();
        await using (var session = store.LightweightSession())
        {
            session.DeleteWhere<QueueTicketView>(x => x.Office == office);
            session.DeleteWhere<CaseSummary>(x => x.Office == office);
            await session.SaveChangesAsync();
        }
        (await WindowApi.Get(supervisor, $"/api/boards/offices/{office}?day={day}"))["ticketsIssued"]!.GetValue<int>()
            .Should().Be(0, "the views are gone before the rebuild");

        foreach (var id in ticketIds)
            await store.Advanced.RebuildSingleStreamAsync<QueueTicketView>(id);
        foreach (var id in caseIds)
            await store.Advanced.RebuildSingleStreamAsync<CaseSummary>(id);

        var rebuilt = await WindowApi.Get(supervisor, $"/api/boards/offices/{office}?day={day}");
        JsonNode.DeepEquals(rebuilt, board).Should().BeTrue($"rebuilt: {rebuilt.ToJsonString()}\nbefore: {board.ToJsonString()}");
        foreach (var counter in Counters)
            (await WindowApi.Get(supervisor, $"/api/boards/clerks/{clerkIds[counter]}?day={day}"))["casesCompleted"]!
                .GetValue<int>().Should().Be(completions.Count(c => c.Counter == counter && c.Clerk == clerkIds[counter]));
    }

    private static DateTimeOffset Time(JsonArray trace, string eventType, string field) =>
        trace.Single(e => e!["eventType"]!.GetValue<string>() == eventType)!["data"]![field]!.GetValue<DateTimeOffset>();

    /// <summary>The mean in seconds, to the millisecond, as an office reads it.</summary>
    private static decimal? Average(IEnumerable<TimeSpan> spans)
    {
        var list = spans.ToList();
        return list.Count == 0
            ? null
            : Math.Round(list.Sum(s => (decimal)s.Ticks) / list.Count / TimeSpan.TicksPerSecond, 3, MidpointRounding.AwayFromZero);
    }
}
