using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using TrafficCqrs.Domain.Analytics;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// Keeps <see cref="ViolationDayStatistics"/>: each handling counts once, on its China-time day, at
/// the office of the staff or channel account that handled it, under the handling's channel.
/// </summary>
public sealed class ViolationStatisticsProjection : ProjectionBase, IProjection
{
    public new const string Name = "ViolationStatistics";

    /// <summary>Only the events read here are loaded for this projection.</summary>
    public ViolationStatisticsProjection()
    {
        IncludeType<ViolationHandled>();
    }

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var handled = events.Where(e => e.Data is ViolationHandled)
            .Select(e => (Event: (ViolationHandled)e.Data, Office: StatisticsHeaders.Read(e, StatisticsHeaders.Office)))
            .Select(x => (x.Event, x.Office, Key: ViolationDayStatistics.KeyOf(StatisticsDay.Of(x.Event.HandledAt), x.Office, x.Event.Channel)))
            .ToList();
        if (handled.Count == 0) return;

        var buckets = new DocumentBatch<ViolationDayStatistics, string>(b => b.Id);
        await buckets.LoadAsync(operations, handled.Select(h => h.Key), cancellation);
        foreach (var (e, office, key) in handled)
        {
            var bucket = buckets.Change(key, () => new ViolationDayStatistics
            {
                Id = key, Day = StatisticsDay.Of(e.HandledAt), Office = office, Channel = e.Channel,
            });
            bucket.Handled++;
            bucket.Points += e.Points;
            bucket.Fines += e.Fine;
        }
        buckets.StoreChanged(operations);
    }
}
