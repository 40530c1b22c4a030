using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.WindowService;
using TrafficCqrs.Projections.Cases;
using TrafficCqrs.Projections.WindowService;

namespace TrafficCqrs.Application.WindowService;

/// <summary>The ticket at a counter now (正在办理).</summary>
public sealed record NowServing(Guid TicketId, int Number, string BusinessType, Guid? CaseId, DateTimeOffset CalledAt);

/// <summary>
/// One counter's day. Times are in seconds, averaged over the day's tickets called (wait: ticket to
/// call) and cases completed (handling: acceptance to completion) at the counter; null when none.
/// </summary>
public sealed record CounterBoard(
    string Counter,
    NowServing? NowServing,
    int TicketsCalled,
    int TicketsServed,
    int NoShows,
    decimal? AverageWaitSeconds,
    int CasesCompleted,
    decimal? AverageHandlingSeconds,
    int CompletedInOneVisit,
    decimal? OneVisitShare);

/// <summary>An office's day (窗口看板): its queue, and each counter's figures.</summary>
public sealed record OfficeBoard(
    string Office,
    string Day,
    int TicketsIssued,
    int Waiting,
    int TicketsServed,
    int NoShows,
    decimal? AverageWaitSeconds,
    int CasesCompleted,
    decimal? AverageHandlingSeconds,
    int CompletedInOneVisit,
    decimal? OneVisitShare,
    IReadOnlyList<CounterBoard> Counters);

/// <summary>A clerk's day: the cases they completed and how long those took from acceptance.</summary>
public sealed record ClerkBoard(
    string User,
    string Day,
    int TicketsCalled,
    int CasesCompleted,
    decimal? AverageHandlingSeconds);

/// <summary>
/// Counter boards, counted from the per-ticket views and the case summaries (both rebuilt from the
/// events by a projection rebuild), so a board is always what the events say.
/// </summary>
public static class BoardQueries
{
    /// <summary>Where a case completed by a caller without a counter (online) is counted.</summary>
    public const string NoCounter = "-";

    // Staff who see every office's boards; a clerk sees only their own office and their own day.
    private static readonly string[] OverseeingRoles = ["supervisor", "analyst", "admin"];

    public static async Task<OfficeBoard> Office(IQuerySession session, Actor reader, string office, DateOnly day,
        CancellationToken cancellation)
    {
        if (!Oversees(reader) && !string.Equals(reader.Office, office, StringComparison.Ordinal))
            throw new AccessDeniedException($"A clerk of office {reader.Office} sees only that office's board.");

        var dayKey = WindowDays.Key(day);
        var tickets = await session.Query<QueueTicketView>()
            .Where(x => x.Office == office && x.Day == dayKey).ToListAsync(cancellation);
        var cases = await session.Query<CaseSummary>()
            .Where(x => x.Office == office && x.CompletedDay == dayKey).ToListAsync(cancellation);

        var counters = tickets.Where(t => t.Counter is not null).Select(t => t.Counter!)
            .Concat(cases.Select(CounterOf))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(counter => CounterDay(counter,
                tickets.Where(t => t.Counter == counter).ToList(),
                cases.Where(c => CounterOf(c) == counter).ToList()))
            .ToList();

        var oneVisit = cases.Count(CompletedInOneVisit);
        return new OfficeBoard(
            office,
            dayKey,
            tickets.Count,
            tickets.Count(t => t.Status == TicketStatus.Waiting),
            tickets.Count(t => t.Status == TicketStatus.Served),
            tickets.Count(t => t.Status == TicketStatus.NoShow),
            AverageWait(tickets),
            cases.Count,
            AverageHandling(cases),
            oneVisit,
            Share(oneVisit, cases.Count),
            counters);
    }

    public static async Task<ClerkBoard> Clerk(IQuerySession session, Actor reader, string user, DateOnly day,
        CancellationToken cancellation)
    {
        if (!Oversees(reader) && !string.Equals(reader.UserId, user, StringComparison.Ordinal))
            throw new AccessDeniedException("A clerk sees only their own figures.");

        var dayKey = WindowDays.Key(day);
        var called = await session.Query<QueueTicketView>()
            .Where(x => x.CalledBy == user && x.Day == dayKey).CountAsync(cancellation);
        var cases = await session.Query<CaseSummary>()
            .Where(x => x.CompletedBy == user && x.CompletedDay == dayKey).ToListAsync(cancellation);
        return new ClerkBoard(user, dayKey, called, cases.Count, AverageHandling(cases));
    }

    public static Task<QueueTicketView?> Ticket(IQuerySession session, Guid id, CancellationToken cancellation) =>
        session.LoadAsync<QueueTicketView>(id, cancellation);

    private static CounterBoard CounterDay(string counter, IReadOnlyList<QueueTicketView> tickets,
        IReadOnlyList<CaseSummary> cases)
    {
        var current = tickets.Where(t => t.Status == TicketStatus.Called).MaxBy(t => t.CalledAt);
        var oneVisit = cases.Count(CompletedInOneVisit);
        return new CounterBoard(
            counter,
            current is null ? null : new NowServing(current.Id, current.Number, current.BusinessType, current.CaseId, current.CalledAt!.Value),
            tickets.Count(t => t.CalledAt is not null),
            tickets.Count(t => t.Status == TicketStatus.Served),
            tickets.Count(t => t.Status == TicketStatus.NoShow),
            AverageWait(tickets),
            cases.Count,
            AverageHandling(cases),
            oneVisit,
            Share(oneVisit, cases.Count));
    }

    private static bool Oversees(Actor reader) => OverseeingRoles.Any(reader.HasRole);

    private static string CounterOf(CaseSummary c) => c.CompletedCounter ?? NoCounter;

    /// <summary>Completed without the applicant being asked to come back.</summary>
    public static bool CompletedInOneVisit(CaseSummary c) => c.Status == CaseStatus.Completed && c.ReturnVisitsRequired == 0;

    private static decimal? AverageWait(IEnumerable<QueueTicketView> tickets) =>
        AverageSeconds(tickets.Where(t => t.CalledAt is not null).Select(t => t.CalledAt!.Value - t.IssuedAt));

    private static decimal? AverageHandling(IEnumerable<CaseSummary> cases) =>
        // A completed case's closing is its completion.
        AverageSeconds(cases.Where(c => c.AcceptedAt is not null && c.ClosedAt is not null)
            .Select(c => c.ClosedAt!.Value - c.AcceptedAt!.Value));

    /// <summary>The mean of the spans in seconds, to the millisecond.</summary>
    public static decimal? AverageSeconds(IEnumerable<TimeSpan> spans)
    {
        var list = spans.ToList();
        if (list.Count == 0) return null;
        var ticks = list.Sum(s => (decimal)s.Ticks);
        return Math.Round(ticks / list.Count / TimeSpan.TicksPerSecond, 3, MidpointRounding.AwayFromZero);
    }

    public static decimal? Share(int part, int whole) =>
        whole == 0 ? null : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);
}
