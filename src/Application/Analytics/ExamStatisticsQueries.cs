using Marten;
using TrafficCqrs.Projections.Analytics;

namespace TrafficCqrs.Application.Analytics;

/// <summary>
/// Exam sittings that ended in one group (a day, an exam office, a subject or a class kind).
/// <paramref name="PassRate"/> = passes ÷ sittings, null without sittings.
/// </summary>
public sealed record ExamStatisticsRow(string Group, int Sittings, int Passes, int Fails, int LateCancellations, double? PassRate);

public static class ExamStatisticsQueries
{
    public static readonly IReadOnlyList<StatisticsGrouping> Groupings =
        [StatisticsGrouping.Day, StatisticsGrouping.Office, StatisticsGrouping.Subject, StatisticsGrouping.ClassKind];

    public static async Task<StatisticsReport<ExamStatisticsRow>> Read(IQuerySession session, StatisticsFilter filter,
        StatisticsGrouping groupBy, CancellationToken cancellation)
    {
        IQueryable<ExamDayStatistics> query = session.Query<ExamDayStatistics>()
            .Where(x => x.Day >= filter.From && x.Day <= filter.To);
        if (!string.IsNullOrWhiteSpace(filter.Office)) query = query.Where(x => x.Office == filter.Office);
        if (filter.Subject is { } subject) query = query.Where(x => x.Subject == subject);
        if (!string.IsNullOrWhiteSpace(filter.ClassKind)) query = query.Where(x => x.ClassKind == filter.ClassKind);
        var buckets = await query.ToListAsync(cancellation);

        var rows = buckets.GroupBy(b => groupBy switch
            {
                StatisticsGrouping.Day => b.Day.ToString("yyyy-MM-dd"),
                StatisticsGrouping.Office => b.Office,
                StatisticsGrouping.Subject => b.Subject.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => b.ClassKind,
            })
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.ToList()))
            .ToList();
        return new(filter.From, filter.To, CaseStatisticsQueries.Name(groupBy), rows, Row("total", buckets));
    }

    private static ExamStatisticsRow Row(string group, IReadOnlyCollection<ExamDayStatistics> b)
    {
        var passes = b.Sum(x => x.Passes);
        var sittings = passes + b.Sum(x => x.Fails);
        return new ExamStatisticsRow(group, sittings, passes, sittings - passes, b.Sum(x => x.LateCancellations),
            sittings == 0 ? null : (double)passes / sittings);
    }
}
