using JasperFx.Events.Projections;
using Marten;

namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// The statistics read models. All asynchronous: the async daemon applies them in event order after
/// the commands' transactions, so counting never slows a counter down. A rebuild deletes their
/// documents and replays every event.
/// </summary>
public sealed class AnalyticsStoreArea : IStoreArea
{
    /// <summary>The statistics projections, by the name the daemon, the command line and the admin API know.</summary>
    public static readonly IReadOnlyList<string> ProjectionNames =
        [
            CaseStatisticsProjection.Name, ViolationStatisticsProjection.Name, AccidentStatisticsProjection.Name,
            ExamStatisticsProjection.Name, TransferStatisticsProjection.Name, WaitingStatisticsProjection.Name,
        ];

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
        opts.Projections.Add(new ExamStatisticsProjection(), ProjectionLifecycle.Async, ExamStatisticsProjection.Name,
            o =>
            {
                o.DeleteViewTypeOnTeardown<ExamDayStatistics>();
                o.DeleteViewTypeOnTeardown<ExamStatisticsTrack>();
            });
        opts.Projections.Add(new TransferStatisticsProjection(), ProjectionLifecycle.Async, TransferStatisticsProjection.Name,
            o =>
            {
                o.DeleteViewTypeOnTeardown<TransferDayStatistics>();
                o.DeleteViewTypeOnTeardown<TransferStatisticsTrack>();
            });
        opts.Projections.Add(new WaitingStatisticsProjection(), ProjectionLifecycle.Async, WaitingStatisticsProjection.Name,
            o =>
            {
                o.DeleteViewTypeOnTeardown<WaitingDayStatistics>();
                o.DeleteViewTypeOnTeardown<WaitingStatisticsTrack>();
            });

        opts.Schema.For<CaseDayStatistics>().Index(x => x.Day).Index(x => x.Office);
        opts.Schema.For<CaseStatisticsTrack>();
        opts.Schema.For<ViolationDayStatistics>().Index(x => x.Day).Index(x => x.Office);
        opts.Schema.For<AccidentDayStatistics>().Index(x => x.Day).Index(x => x.Office);
        opts.Schema.For<AccidentStatisticsTrack>();
        opts.Schema.For<ExamDayStatistics>().Index(x => x.Day).Index(x => x.Office);
        opts.Schema.For<ExamStatisticsTrack>();
        opts.Schema.For<TransferDayStatistics>().Index(x => x.Day).Index(x => x.Office);
        opts.Schema.For<TransferStatisticsTrack>();
        opts.Schema.For<WaitingDayStatistics>().Index(x => x.Day).Index(x => x.Office);
        opts.Schema.For<WaitingStatisticsTrack>();
    }
}
