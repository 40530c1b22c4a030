using Marten;
using TrafficCqrs.Projections.Analytics;

namespace TrafficCqrs.Application.Analytics;

/// <summary>Violations handled in one group (a day, an office or a channel).</summary>
public sealed record ViolationStatisticsRow(string Group, int Handled, int Points, decimal Fines);

/// <summary>
/// Fast accidents in one group (a day or an office): reported and settled, online and at the scene.
/// <paramref name="OnlineSettledShare"/> is the fraction of settled accidents settled online.
/// </summary>
public sealed record AccidentStatisticsRow(
    string Group,
    int Reported,
    int ReportedOnline,
    int ReportedAtScene,
    int Settled,
    int SettledOnline,
    int SettledAtScene,
    double? OnlineSettledShare);

public sealed record StatisticsReport<TRow>(DateOnly From, DateOnly To, string GroupBy, IReadOnlyList<TRow> Rows, TRow Total);

public static class EnforcementStatisticsQueries
{
    public static readonly IReadOnlyList<StatisticsGrouping> ViolationGroupings =
        [StatisticsGrouping.Day, StatisticsGrouping.Office, StatisticsGrouping.Channel];

    public static readonly IReadOnlyList<StatisticsGrouping> AccidentGroupings =
        [StatisticsGrouping.Day, StatisticsGrouping.Office];

    public static async Task<StatisticsReport<ViolationStatisticsRow>> Violations(IQuerySession session,
        StatisticsFilter filter, StatisticsGrouping groupBy, CancellationToken cancellation)
    {
        IQueryable<ViolationDayStatistics> query = session.Query<ViolationDayStatistics>()
            .Where(x => x.Day >= filter.From && x.Day <= filter.To);
        if (!string.IsNullOrWhiteSpace(filter.Office)) query = query.Where(x => x.Office == filter.Office);
        if (!string.IsNullOrWhiteSpace(filter.Channel)) query = query.Where(x => x.Channel == filter.Channel);
        var buckets = await query.ToListAsync(cancellation);

        var rows = buckets.GroupBy(b => groupBy switch
            {
                StatisticsGrouping.Day => b.Day.ToString("yyyy-MM-dd"),
                StatisticsGrouping.Office => b.Office,
                _ => b.Channel,
            })
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ViolationRow(g.Key, g.ToList()))
            .ToList();
        return new(filter.From, filter.To, CaseStatisticsQueries.Name(groupBy), rows, ViolationRow("total", buckets));
    }

    public static async Task<StatisticsReport<AccidentStatisticsRow>> Accidents(IQuerySession session,
        StatisticsFilter filter, StatisticsGrouping groupBy, CancellationToken cancellation)
    {
        IQueryable<AccidentDayStatistics> query = session.Query<AccidentDayStatistics>()
            .Where(x => x.Day >= filter.From && x.Day <= filter.To);
        if (!string.IsNullOrWhiteSpace(filter.Office)) query = query.Where(x => x.Office == filter.Office);
        var buckets = await query.ToListAsync(cancellation);

        var rows = buckets.GroupBy(b => groupBy == StatisticsGrouping.Day ? b.Day.ToString("yyyy-MM-dd") : b.Office)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => AccidentRow(g.Key, g.ToList()))
            .ToList();
        return new(filter.From, filter.To, CaseStatisticsQueries.Name(groupBy), rows, AccidentRow("total", buckets));
    }

    private static ViolationStatisticsRow ViolationRow(string group, IReadOnlyCollection<ViolationDayStatistics> b) =>
        new(group, b.Sum(x => x.Handled), b.Sum(x => x.Points), b.Sum(x => x.Fines));

    private static AccidentStatisticsRow AccidentRow(string group, IReadOnlyCollection<AccidentDayStatistics> b)
    {
        int Sum(string mode, Func<AccidentDayStatistics, int> count) => b.Where(x => x.Mode == mode).Sum(count);
        var settled = b.Sum(x => x.Settled);
        var settledOnline = Sum(AccidentModes.Online, x => x.Settled);
        return new AccidentStatisticsRow(group,
            b.Sum(x => x.Reported), Sum(AccidentModes.Online, x => x.Reported), Sum(AccidentModes.Scene, x => x.Reported),
            settled, settledOnline, Sum(AccidentModes.Scene, x => x.Settled),
            settled == 0 ? null : (double)settledOnline / settled);
    }
}
