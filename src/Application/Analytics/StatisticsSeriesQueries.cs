using Marten;
using TrafficCqrs.Domain.Catalogue;

namespace TrafficCqrs.Application.Analytics;

public sealed record SeriesPoint(DateOnly Day, double? Value);

/// <summary>One measure, day by day over the range (every day present), for a chart.</summary>
public sealed record StatisticsSeries(string Measure, DateOnly From, DateOnly To, IReadOnlyList<SeriesPoint> Points);

public static class StatisticsSeriesQueries
{
    private static readonly Dictionary<string, Func<CaseStatisticsRow, double?>> CaseMeasures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["opened"] = r => r.Opened,
        ["completed"] = r => r.Completed,
        ["rejected"] = r => r.Rejected,
        ["withdrawn"] = r => r.Withdrawn,
        ["averageHandlingSeconds"] = r => r.AverageHandlingSeconds,
        ["p90HandlingSeconds"] = r => r.P90HandlingSeconds,
        ["oneVisitShare"] = r => r.OneVisitShare,
        ["idOnlyShare"] = r => r.IdOnlyShare,
        ["onlineShare"] = r => r.OnlineShare,
        ["kioskShare"] = r => r.KioskShare,
        ["outletShare"] = r => r.OutletShare,
        ["postOfficeShare"] = r => r.PostOfficeShare,
        ["visitsPerCase"] = r => r.VisitsPerCase,
        ["tripsSaved"] = r => r.TripsSaved,
    };

    private static readonly Dictionary<string, Func<ViolationStatisticsRow, double?>> ViolationMeasures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["violationsHandled"] = r => r.Handled,
    };

    private static readonly Dictionary<string, Func<AccidentStatisticsRow, double?>> AccidentMeasures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["accidentsReported"] = r => r.Reported,
        ["accidentsSettled"] = r => r.Settled,
        ["accidentsSettledOnline"] = r => r.SettledOnline,
        ["accidentsSettledAtScene"] = r => r.SettledAtScene,
    };

    public static IReadOnlyList<string> Measures { get; } =
        [.. CaseMeasures.Keys, .. ViolationMeasures.Keys, .. AccidentMeasures.Keys];

    /// <summary>The measure's name as listed in <see cref="Measures"/>, or null when there is none by that name.</summary>
    public static string? Find(string? measure) =>
        Measures.FirstOrDefault(m => string.Equals(m, measure, StringComparison.OrdinalIgnoreCase));

    public static async Task<StatisticsSeries> Read(IQuerySession session, BusinessCatalogue catalogue,
        StatisticsFilter filter, string measure, CancellationToken cancellation)
    {
        var name = Find(measure) ?? throw new ArgumentOutOfRangeException(nameof(measure));
        IReadOnlyList<SeriesPoint> points;
        if (CaseMeasures.TryGetValue(name, out var caseMeasure))
        {
            var daily = await CaseStatisticsQueries.Daily(session, catalogue, filter, cancellation);
            points = daily.Select(d => new SeriesPoint(d.Day, caseMeasure(d.Row))).ToList();
        }
        else if (ViolationMeasures.TryGetValue(name, out var violationMeasure))
        {
            var report = await EnforcementStatisticsQueries.Violations(session, filter, StatisticsGrouping.Day, cancellation);
            points = Fill(filter, report.Rows.ToDictionary(r => r.Group, r => violationMeasure(r)), zero: 0);
        }
        else
        {
            var accidentMeasure = AccidentMeasures[name];
            var report = await EnforcementStatisticsQueries.Accidents(session, filter, StatisticsGrouping.Day, cancellation);
            points = Fill(filter, report.Rows.ToDictionary(r => r.Group, r => accidentMeasure(r)), zero: 0);
        }
        return new StatisticsSeries(name, filter.From, filter.To, points);
    }

    private static IReadOnlyList<SeriesPoint> Fill(StatisticsFilter filter, Dictionary<string, double?> byDay, double zero) =>
        filter.Days().Select(d => new SeriesPoint(d, byDay.TryGetValue(d.ToString("yyyy-MM-dd"), out var v) ? v : zero)).ToList();
}
