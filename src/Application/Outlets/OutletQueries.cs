using Marten;
using Marten.Events;
using TrafficCqrs.Domain.Outlets;
using TrafficCqrs.Projections.Cases;
using TrafficCqrs.Projections.Outlets;

namespace TrafficCqrs.Application.Outlets;

/// <summary>What an outlet did today (office calendar): cases opened, by business type, and refused attempts.</summary>
public sealed record OutletActivity(
    DateOnly Day,
    int CasesOpened,
    IReadOnlyDictionary<string, int> CasesByBusinessType,
    int RefusedAttempts);

/// <summary>An outlet on the office's board: its commission and today's activity.</summary>
public sealed record OutletBoardEntry(OutletView Commission, long Version, OutletActivity Today);

public static class OutletQueries
{
    public static async Task<IReadOnlyList<OutletBoardEntry>> ForOffice(IQuerySession session, string office,
        DateTimeOffset now, CancellationToken cancellation)
    {
        var outlets = await session.Query<OutletView>().Where(x => x.Office == office).OrderBy(x => x.Code)
            .ToListAsync(cancellation);
        return await Board(session, outlets, now, cancellation);
    }

    public static async Task<OutletBoardEntry?> Get(IQuerySession session, string code, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var view = await session.LoadAsync<OutletView>(OutletIds.For(code), cancellation);
        return view is null ? null : (await Board(session, [view], now, cancellation))[0];
    }

    private static async Task<IReadOnlyList<OutletBoardEntry>> Board(IQuerySession session,
        IReadOnlyList<OutletView> outlets, DateTimeOffset now, CancellationToken cancellation)
    {
        if (outlets.Count == 0) return [];
        var codes = outlets.Select(o => o.Code).ToArray();
        var day = OfficeCalendar.DayOf(now);
        // PostgreSQL takes instants in UTC only.
        var start = OfficeCalendar.StartOf(day).ToUniversalTime();
        var end = OfficeCalendar.StartOf(day.AddDays(1)).ToUniversalTime();

        var cases = await session.Query<CaseSummary>()
            .Where(x => codes.Contains(x.Outlet) && x.OpenedAtUtc >= start && x.OpenedAtUtc < end)
            .Select(x => new { x.Outlet, x.BusinessType })
            .ToListAsync(cancellation);
        var ids = outlets.Select(o => o.Id).ToArray();
        var refusals = (await session.Events.QueryAllRawEvents()
                .Where(e => e.EventTypesAre(typeof(OutletActionRefused)) && ids.Contains(e.StreamId)
                            && e.Timestamp >= start && e.Timestamp < end)
                .ToListAsync(cancellation))
            .Select(e => ((OutletActionRefused)e.Data).OutletCode)
            .ToList();

        var entries = new List<OutletBoardEntry>();
        foreach (var outlet in outlets)
        {
            var own = cases.Where(c => c.Outlet == outlet.Code).ToList();
            var activity = new OutletActivity(day, own.Count,
                own.GroupBy(c => c.BusinessType).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
                refusals.Count(r => r == outlet.Code));
            var state = await session.Events.FetchStreamStateAsync(outlet.Id, cancellation);
            entries.Add(new OutletBoardEntry(outlet, state?.Version ?? 0, activity));
        }
        return entries;
    }
}
