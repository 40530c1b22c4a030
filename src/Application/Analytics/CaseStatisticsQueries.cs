using Marten;
using TrafficCqrs.Application.Violations;
using TrafficCqrs.Domain.Analytics;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Projections.Analytics;

namespace TrafficCqrs.Application.Analytics;

/// <summary>
/// One row of case statistics: the counts and the reform's measures of one group (a day, an office,
/// a business type, a channel or an outlet). Every measure is defined in docs/analytics.md. Shares
/// are fractions of the completed cases (0..1), null when nothing was completed.
/// </summary>
public sealed record CaseStatisticsRow(
    string Group,
    int Opened,
    int Completed,
    int Rejected,
    int Withdrawn,
    double? AverageHandlingSeconds,
    long? P90HandlingSeconds,
    double? OneVisitShare,
    double? IdOnlyShare,
    double? OnlineShare,
    double? KioskShare,
    double? OutletShare,
    double? PostOfficeShare,
    double? VisitsPerCase,
    int TripsSaved,
    double? AverageWaitingSeconds);

public sealed record CaseStatisticsReport(
    DateOnly From,
    DateOnly To,
    string GroupBy,
    IReadOnlyList<CaseStatisticsRow> Rows,
    CaseStatisticsRow Total);

public static class CaseStatisticsQueries
{
    /// <summary>The percentile of handling time reported beside the average.</summary>
    public const int HandlingPercentile = 90;

    public static async Task<CaseStatisticsReport> Read(IQuerySession session, BusinessCatalogue catalogue,
        StatisticsFilter filter, StatisticsGrouping groupBy, bool outletsOnly, CancellationToken cancellation)
    {
        var buckets = await Buckets(session, filter, outletsOnly, cancellation);
        // Queue tickets are drawn at the office windows: outlets have no waiting time here.
        var waits = outletsOnly ? [] : await WaitingStatisticsQueries.Buckets(session, filter, cancellation);
        var waitsByGroup = waits.ToLookup(w => WaitingStatisticsQueries.GroupKey(w, groupBy));
        var rows = buckets.GroupBy(b => GroupKey(b, groupBy))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.ToList(), catalogue, waitsByGroup[g.Key]))
            .ToList();
        return new CaseStatisticsReport(filter.From, filter.To, Name(groupBy), rows, Row("total", buckets, catalogue, waits));
    }

    /// <summary>Every day of the range with its row (a day without cases has a row of zeros).</summary>
    public static async Task<IReadOnlyList<(DateOnly Day, CaseStatisticsRow Row)>> Daily(IQuerySession session,
        BusinessCatalogue catalogue, StatisticsFilter filter, CancellationToken cancellation)
    {
        var byDay = (await Buckets(session, filter, outletsOnly: false, cancellation)).ToLookup(b => b.Day);
        var waits = (await WaitingStatisticsQueries.Buckets(session, filter, cancellation)).ToLookup(w => w.Day);
        return filter.Days().Select(d => (d, Row(d.ToString("yyyy-MM-dd"), byDay[d].ToList(), catalogue, waits[d]))).ToList();
    }

    private static async Task<IReadOnlyList<CaseDayStatistics>> Buckets(IQuerySession session, StatisticsFilter filter,
        bool outletsOnly, CancellationToken cancellation)
    {
        IQueryable<CaseDayStatistics> query = session.Query<CaseDayStatistics>()
            .Where(x => x.Day >= filter.From && x.Day <= filter.To);
        if (!string.IsNullOrWhiteSpace(filter.Office)) query = query.Where(x => x.Office == filter.Office);
        if (!string.IsNullOrWhiteSpace(filter.BusinessType)) query = query.Where(x => x.BusinessType == filter.BusinessType);
        if (!string.IsNullOrWhiteSpace(filter.Channel)) query = query.Where(x => x.Channel == filter.Channel);
        if (outletsOnly) query = query.Where(x => x.Outlet != "");
        return await query.ToListAsync(cancellation);
    }

    private static string GroupKey(CaseDayStatistics b, StatisticsGrouping groupBy) => groupBy switch
    {
        StatisticsGrouping.Day => b.Day.ToString("yyyy-MM-dd"),
        StatisticsGrouping.Office => b.Office,
        StatisticsGrouping.BusinessType => b.BusinessType,
        StatisticsGrouping.Channel => b.Channel,
        StatisticsGrouping.Outlet => b.Outlet,
        _ => throw new ArgumentOutOfRangeException(nameof(groupBy)),
    };

    public static string Name(StatisticsGrouping groupBy) => groupBy switch
    {
        StatisticsGrouping.BusinessType => "businessType",
        StatisticsGrouping.ClassKind => "classKind",
        _ => groupBy.ToString().ToLowerInvariant(),
    };

    private static CaseStatisticsRow Row(string group, IReadOnlyCollection<CaseDayStatistics> buckets, BusinessCatalogue catalogue,
        IEnumerable<WaitingDayStatistics> waits)
    {
        var completed = buckets.Sum(b => b.Completed);
        var handling = buckets.SelectMany(b => b.HandlingSeconds).ToList();
        double? Share(Func<CaseDayStatistics, bool> which) =>
            completed == 0 ? null : (double)buckets.Where(which).Sum(b => b.Completed) / completed;
        double? PerCompleted(int count) => completed == 0 ? null : (double)count / completed;

        return new CaseStatisticsRow(
            group,
            buckets.Sum(b => b.Opened),
            completed,
            buckets.Sum(b => b.Rejected),
            buckets.Sum(b => b.Withdrawn),
            Percentile.Mean(handling),
            Percentile.NearestRank(handling, HandlingPercentile),
            PerCompleted(buckets.Sum(b => b.CompletedInOneVisit)),
            Share(b => catalogue.Find(b.BusinessType)?.IdOnly == true),
            Share(b => b.Channel == Channels.Online),
            Share(b => b.Channel == Channels.Kiosk),
            Share(b => b.Channel == Channels.Outlet),
            Share(b => b.Channel == Channels.Outlet && IsPostOffice(b.Outlet)),
            PerCompleted(buckets.Sum(b => b.Visits)),
            buckets.Sum(b => b.TripsSaved),
            // The queue tickets (取号) of the group: the wait from ticket to call.
            WaitingStatisticsQueries.AverageSeconds(waits));
    }

    /// <summary>A post office is an outlet whose code says so, until the outlet registry records each outlet's kind.</summary>
    public static bool IsPostOffice(string? outlet) =>
        outlet?.StartsWith(HandlingChannel.PostOfficeOutletPrefix, StringComparison.OrdinalIgnoreCase) == true;
}
