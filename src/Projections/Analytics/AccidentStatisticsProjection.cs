using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using TrafficCqrs.Domain.Accidents;
using TrafficCqrs.Domain.Analytics;

namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// Keeps <see cref="AccidentDayStatistics"/>. The office and the mode come from the report's event
/// headers (who reported it, through which channel) and are kept per accident until it closes:
/// the closing event is written by an insurer, whose office says nothing about the accident.
/// </summary>
public sealed class AccidentStatisticsProjection : ProjectionBase, IProjection
{
    public new const string Name = "AccidentStatistics";

    /// <summary>Only the events read here are loaded for this projection.</summary>
    public AccidentStatisticsProjection()
    {
        IncludeType<AccidentReported>();
        IncludeType<AccidentClosed>();
    }

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var relevant = events.Where(e => e.Data is AccidentReported or AccidentClosed).ToList();
        if (relevant.Count == 0) return;

        var tracks = new DocumentBatch<AccidentStatisticsTrack, Guid>(t => t.Id);
        await tracks.LoadAsync(operations, relevant.Where(e => e.Data is AccidentClosed).Select(e => e.StreamId), cancellation);

        var reported = relevant.Where(e => e.Data is AccidentReported).ToDictionary(e => e.StreamId,
            e => (Office: StatisticsHeaders.Read(e, StatisticsHeaders.Office),
                  Mode: AccidentModes.Of(e.GetHeader(StatisticsHeaders.Channel)?.ToString())));
        var keys = new List<string>();
        foreach (var e in relevant)
        {
            switch (e.Data)
            {
                case AccidentReported r:
                    keys.Add(AccidentDayStatistics.KeyOf(StatisticsDay.Of(r.ReportedAt), reported[e.StreamId].Office, reported[e.StreamId].Mode));
                    break;
                case AccidentClosed c when reported.TryGetValue(e.StreamId, out var d):
                    keys.Add(AccidentDayStatistics.KeyOf(StatisticsDay.Of(c.ClosedAt), d.Office, d.Mode));
                    break;
                case AccidentClosed c when tracks.Find(e.StreamId) is { } t:
                    keys.Add(AccidentDayStatistics.KeyOf(StatisticsDay.Of(c.ClosedAt), t.Office, t.Mode));
                    break;
            }
        }
        var buckets = new DocumentBatch<AccidentDayStatistics, string>(b => b.Id);
        await buckets.LoadAsync(operations, keys, cancellation);

        foreach (var e in relevant)
        {
            switch (e.Data)
            {
                case AccidentReported r:
                    var (office, mode) = reported[e.StreamId];
                    var track = tracks.Change(e.StreamId, () => new AccidentStatisticsTrack { Id = e.StreamId });
                    track.Office = office;
                    track.Mode = mode;
                    Bucket(buckets, StatisticsDay.Of(r.ReportedAt), track).Reported++;
                    break;
                case AccidentClosed c when tracks.Find(e.StreamId) is { } t:
                    Bucket(buckets, StatisticsDay.Of(c.ClosedAt), t).Settled++;
                    break;
            }
        }

        tracks.StoreChanged(operations);
        buckets.StoreChanged(operations);
    }

    private static AccidentDayStatistics Bucket(DocumentBatch<AccidentDayStatistics, string> buckets, DateOnly day,
        AccidentStatisticsTrack t)
    {
        var key = AccidentDayStatistics.KeyOf(day, t.Office, t.Mode);
        return buckets.Change(key, () => new AccidentDayStatistics { Id = key, Day = day, Office = t.Office, Mode = t.Mode });
    }
}
