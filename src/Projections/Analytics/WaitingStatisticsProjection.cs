using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using TrafficCqrs.Domain.WindowService;

namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// Keeps <see cref="WaitingDayStatistics"/> from the queue tickets: the counter boards show the same
/// waits for today, inline; the statistics keep every day, asynchronously, like the other measures.
/// A ticket's wait counts once, at its first call, on the ticket's queue day.
/// </summary>
public sealed class WaitingStatisticsProjection : ProjectionBase, IProjection
{
    public new const string Name = "WaitingStatistics";

    /// <summary>Only the events read here are loaded for this projection.</summary>
    public WaitingStatisticsProjection()
    {
        IncludeType<TicketIssued>();
        IncludeType<TicketCalled>();
    }

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var relevant = events.Where(e => e.Data is TicketIssued or TicketCalled).ToList();
        if (relevant.Count == 0) return;

        var tracks = new DocumentBatch<WaitingStatisticsTrack, Guid>(t => t.Id);
        await tracks.LoadAsync(operations, relevant.Where(e => e.Data is TicketCalled).Select(e => e.StreamId), cancellation);
        var issued = relevant.Select(e => e.Data).OfType<TicketIssued>().ToDictionary(i => i.TicketId);

        var keys = relevant.Select(e => e.Data switch
        {
            TicketIssued i => WaitingDayStatistics.KeyOf(i.Day, i.Office, i.BusinessType),
            TicketCalled c when issued.TryGetValue(c.TicketId, out var i) => WaitingDayStatistics.KeyOf(i.Day, i.Office, i.BusinessType),
            TicketCalled c when tracks.Find(c.TicketId) is { } t => WaitingDayStatistics.KeyOf(t.Day, t.Office, t.BusinessType),
            _ => null,
        }).OfType<string>();
        var buckets = new DocumentBatch<WaitingDayStatistics, string>(b => b.Id);
        await buckets.LoadAsync(operations, keys, cancellation);

        foreach (var e in relevant)
        {
            switch (e.Data)
            {
                case TicketIssued i:
                    var track = tracks.Change(i.TicketId, () => new WaitingStatisticsTrack { Id = i.TicketId });
                    track.Day = i.Day;
                    track.Office = i.Office;
                    track.BusinessType = i.BusinessType;
                    track.IssuedAt = i.IssuedAt;
                    Bucket(buckets, track).Issued++;
                    break;
                case TicketCalled c when tracks.Find(c.TicketId) is { Called: false } t:
                    tracks.Change(c.TicketId, () => t).Called = true;
                    var bucket = Bucket(buckets, t);
                    bucket.Called++;
                    bucket.WaitMilliseconds.Add((long)Math.Max(0, (c.CalledAt - t.IssuedAt).TotalMilliseconds));
                    break;
            }
        }

        tracks.StoreChanged(operations);
        buckets.StoreChanged(operations);
    }

    private static WaitingDayStatistics Bucket(DocumentBatch<WaitingDayStatistics, string> buckets, WaitingStatisticsTrack t)
    {
        var key = WaitingDayStatistics.KeyOf(t.Day, t.Office, t.BusinessType);
        return buckets.Change(key, () => new WaitingDayStatistics { Id = key, Day = t.Day, Office = t.Office, BusinessType = t.BusinessType });
    }
}
