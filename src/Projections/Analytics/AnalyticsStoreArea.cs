using JasperFx.Events.Projections;
using Marten;

namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// The statistics read models. All asynchronous: the async daemon applies them in event order after
/// the commands' transactions, so counting never slows a counter down. A rebuild deletes their
/// documents and replays every event.
/// </summary>
/// <remarks>
/// Exams by subject and pass rate belong here once the licensing module's exam events exist: an
/// <c>ExamStatisticsProjection</c> built like <see cref="ViolationStatisticsProjection"/> (day,
/// office, subject → sat, passed), registered below, and a query beside the others in
/// Application/Analytics (see docs/analytics.md, "Exams").
/// </remarks>
public sealed class AnalyticsStoreArea : IStoreArea
{
    /// <summary>The statistics projections, by the name the daemon, the command line and the admin API know.</summary>
    public static readonly IReadOnlyList<string> ProjectionNames =
        [CaseStatisticsProjection.Name, ViolationStatisticsProjection.Name, AccidentStatisticsProjection.Name];

    public void Configure(StoreOptions opts)
    {
        opts.Projections.Add(new CaseStatisticsProjection(), ProjectionLifecycle.Async, CaseStatisticsProjection.Name,
            o =>
            {
                o.DeleteViewTypeOnTeardown<CaseDayStatistics>();
                o.DeleteViewTypeOnTeardown<CaseStatisticsTrack>();
            });
        opts.Projections.Add(new ViolationStatisticsProjection(), ProjectionLifecycle.Async, ViolationStatisticsProjection.Name,
            o => o.DeleteViewTypeOnTeardown<ViolationDayStatistics>());
        opts.Projections.Add(new AccidentStatisticsProjection(), ProjectionLifecycle.Async, AccidentStatisticsProjection.Name,
            o =>
            {
                o.DeleteViewTypeOnTeardown<AccidentDayStatistics>();
                o.DeleteViewTypeOnTeardown<AccidentStatisticsTrack>();
            });

        opts.Schema.For<CaseDayStatistics>().Index(x => x.Day).Index(x => x.Office);
        opts.Schema.For<CaseStatisticsTrack>();
        opts.Schema.For<ViolationDayStatistics>().Index(x => x.Day).Index(x => x.Office);
        opts.Schema.For<AccidentDayStatistics>().Index(x => x.Day).Index(x => x.Office);
        opts.Schema.For<AccidentStatisticsTrack>();
    }
}
