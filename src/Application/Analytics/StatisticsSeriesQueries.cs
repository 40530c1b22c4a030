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

    private static readonly Dictionary<string, Func<ExamStatisticsRow, double?>> ExamMeasures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["examSittings"] = r => r.Sittings,
        ["examPasses"] = r => r.Passes,
        ["examFails"] = r => r.Fails,
        ["examLateCancellations"] = r => r.LateCancellations,
        ["examPassRate"] = r => r.PassRate,
    };

    private static readonly Dictionary<string, Func<TransferStatisticsRow, double?>> TransferMeasures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["transfersOut"] = r => r.TransfersOut,
        ["transfersIn"] = r => r.TransfersIn,
        ["transfersWithoutReturnTrip"] = r => r.WithoutReturnTrip,
        ["transfersWithoutReturnTripShare"] = r => r.WithoutReturnTripShare,
        ["averageTransferDays"] = r => r.AverageTransferDays,
    };

    private static readonly Dictionary<string, Func<WaitingStatisticsRow, double?>> WaitingMeasures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ticketsIssued"] = r => r.Issued,
        ["ticketsCalled"] = r => r.Called,
        ["averageWaitingSeconds"] = r => r.AverageWaitingSeconds,
        ["p90WaitingSeconds"] = r => r.P90WaitingSeconds,
    };

    /// <summary>Rates, shares and averages: a day without data has none (null), where a count has 0.</summary>
    private static readonly HashSet<string> NullWhenEmpty = new(StringComparer.OrdinalIgnoreCase)
    {
        "examPassRate", "transfersWithoutReturnTripShare", "averageTransferDays", "averageWaitingSeconds", "p90WaitingSeconds",
    };

    public static IReadOnlyList<string> Measures { get; } =
    [
        .. CaseMeasures.Keys, .. ViolationMeasures.Keys, .. AccidentMeasures.Keys,
        .. ExamMeasures.Keys, .. TransferMeasures.Keys, .. WaitingMeasures.Keys,
    ];

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
        else if (AccidentMeasures.TryGetValue(name, out var accidentMeasure))
        {
            var report = await EnforcementStatisticsQueries.Accidents(session, filter, StatisticsGrouping.Day, cancellation);
            points = Fill(filter, report.Rows.ToDictionary(r => r.Group, r => accidentMeasure(r)), zero: 0);
        }
        else if (ExamMeasures.TryGetValue(name, out var examMeasure))
        {
            var report = await ExamStatisticsQueries.Read(session, filter, StatisticsGrouping.Day, cancellation);
            points = Fill(filter, report.Rows.ToDictionary(r => r.Group, r => examMeasure(r)), Zero(name));
        }
        else if (TransferMeasures.TryGetValue(name, out var transferMeasure))
        {
            var report = await TransferStatisticsQueries.Read(session, filter, StatisticsGrouping.Day, cancellation);
            points = Fill(filter, report.Rows.ToDictionary(r => r.Group, r => transferMeasure(r)), Zero(name));
        }
        else
        {
            var waitingMeasure = WaitingMeasures[name];
            var report = await WaitingStatisticsQueries.Read(session, filter, StatisticsGrouping.Day, cancellation);
            points = Fill(filter, report.Rows.ToDictionary(r => r.Group, r => waitingMeasure(r)), Zero(name));
        }
        return new StatisticsSeries(name, filter.From, filter.To, points);
    }

    private static double? Zero(string measure) => NullWhenEmpty.Contains(measure) ? null : 0;

    private static IReadOnlyList<SeriesPoint> Fill(StatisticsFilter filter, Dictionary<string, double?> byDay, double? zero) =>
        filter.Days().Select(d => new SeriesPoint(d, byDay.TryGetValue(d.ToString("yyyy-MM-dd"), out var v) ? v : zero)).ToList();
}
