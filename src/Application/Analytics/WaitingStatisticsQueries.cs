using Marten;
using TrafficCqrs.Domain.Analytics;
using TrafficCqrs.Projections.Analytics;

namespace TrafficCqrs.Application.Analytics;

/// <summary>
/// Queue tickets in one group (a day, an office or a business type): issued, called, and the wait
/// from ticket to call in seconds (to the millisecond), average and 90th percentile (nearest rank),
/// null when no ticket was called.
/// </summary>
public sealed record WaitingStatisticsRow(string Group, int Issued, int Called, double? AverageWaitingSeconds, double? P90WaitingSeconds);

public static class WaitingStatisticsQueries
{
    public const int WaitingPercentile = 90;

    public static readonly IReadOnlyList<StatisticsGrouping> Groupings =
        [StatisticsGrouping.Day, StatisticsGrouping.Office, StatisticsGrouping.BusinessType];

    public static async Task<StatisticsReport<WaitingStatisticsRow>> Read(IQuerySession session, StatisticsFilter filter,
        StatisticsGrouping groupBy, CancellationToken cancellation)
    {
        var buckets = await Buckets(session, filter, cancellation);
        var rows = buckets.GroupBy(b => GroupKey(b, groupBy))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.ToList()))
            .ToList();
        return new(filter.From, filter.To, CaseStatisticsQueries.Name(groupBy), rows, Row("total", buckets));
    }

    /// <summary>Tickets are drawn for the window: a filter on another channel finds none.</summary>
    public static async Task<IReadOnlyList<WaitingDayStatistics>> Buckets(IQuerySession session, StatisticsFilter filter,
        CancellationToken cancellation)
    {
        if (!string.IsNullOrWhiteSpace(filter.Channel) && filter.Channel != Domain.Common.Channels.Window) return [];
        IQueryable<WaitingDayStatistics> query = session.Query<WaitingDayStatistics>()
            .Where(x => x.Day >= filter.From && x.Day <= filter.To);
        if (!string.IsNullOrWhiteSpace(filter.Office)) query = query.Where(x => x.Office == filter.Office);
        if (!string.IsNullOrWhiteSpace(filter.BusinessType)) query = query.Where(x => x.BusinessType == filter.BusinessType);
        return await query.ToListAsync(cancellation);
    }

    /// <summary>The group of a ticket bucket under a case grouping; tickets belong to the window channel.</summary>
    public static string GroupKey(WaitingDayStatistics b, StatisticsGrouping groupBy) => groupBy switch
    {
        StatisticsGrouping.Day => b.Day.ToString("yyyy-MM-dd"),
        StatisticsGrouping.Office => b.Office,
        StatisticsGrouping.BusinessType => b.BusinessType,
        StatisticsGrouping.Channel => Domain.Common.Channels.Window,
        _ => "",
    };

    public static double? AverageSeconds(IEnumerable<WaitingDayStatistics> buckets) =>
        Percentile.Mean(buckets.SelectMany(b => b.WaitMilliseconds)) / 1000.0;

    private static WaitingStatisticsRow Row(string group, IReadOnlyCollection<WaitingDayStatistics> b)
    {
        var waits = b.SelectMany(x => x.WaitMilliseconds).ToList();
        return new WaitingStatisticsRow(group, b.Sum(x => x.Issued), b.Sum(x => x.Called),
            Percentile.Mean(waits) / 1000.0, Percentile.NearestRank(waits, WaitingPercentile) / 1000.0);
    }
}
