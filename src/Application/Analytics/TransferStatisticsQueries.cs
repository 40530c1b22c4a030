using Marten;
using TrafficCqrs.Domain.Analytics;
using TrafficCqrs.Projections.Analytics;

namespace TrafficCqrs.Application.Analytics;

/// <summary>
/// Cross-region transfers (异地转籍) in one group (a day, a destination office or an origin office):
/// sent out towards the destination, registered in, and of those finished without a return trip to
/// the origin. Shares and averages are null when nothing was registered in.
/// </summary>
public sealed record TransferStatisticsRow(
    string Group,
    int TransfersOut,
    int TransfersIn,
    int WithoutReturnTrip,
    double? WithoutReturnTripShare,
    double? AverageTransferDays);

public static class TransferStatisticsQueries
{
    public static readonly IReadOnlyList<StatisticsGrouping> Groupings =
        [StatisticsGrouping.Day, StatisticsGrouping.Office, StatisticsGrouping.Origin];

    /// <param name="filter"><see cref="StatisticsFilter.Office"/> is the destination office.</param>
    public static async Task<StatisticsReport<TransferStatisticsRow>> Read(IQuerySession session, StatisticsFilter filter,
        StatisticsGrouping groupBy, CancellationToken cancellation)
    {
        IQueryable<TransferDayStatistics> query = session.Query<TransferDayStatistics>()
            .Where(x => x.Day >= filter.From && x.Day <= filter.To);
        if (!string.IsNullOrWhiteSpace(filter.Office)) query = query.Where(x => x.Office == filter.Office);
        if (!string.IsNullOrWhiteSpace(filter.Origin)) query = query.Where(x => x.Origin == filter.Origin);
        var buckets = await query.ToListAsync(cancellation);

        var rows = buckets.GroupBy(b => groupBy switch
            {
                StatisticsGrouping.Day => b.Day.ToString("yyyy-MM-dd"),
                StatisticsGrouping.Office => b.Office,
                _ => b.Origin,
            })
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.ToList()))
            .ToList();
        return new(filter.From, filter.To, CaseStatisticsQueries.Name(groupBy), rows, Row("total", buckets));
    }

    private static TransferStatisticsRow Row(string group, IReadOnlyCollection<TransferDayStatistics> b)
    {
        var transfersIn = b.Sum(x => x.TransfersIn);
        var withoutReturn = b.Sum(x => x.WithoutReturnTrip);
        return new TransferStatisticsRow(group, b.Sum(x => x.TransfersOut), transfersIn, withoutReturn,
            transfersIn == 0 ? null : (double)withoutReturn / transfersIn,
            Percentile.Mean(b.SelectMany(x => x.TransferDays).Select(d => (long)d)));
    }
}
