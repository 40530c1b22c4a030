using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using TrafficCqrs.Domain.Analytics;
using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// Keeps <see cref="TransferDayStatistics"/> from the vehicle streams. Between a transfer out and the
/// transfer in, every event on the vehicle's record is checked for the origin office in its
/// <c>office</c> header: one there means the owner (or someone for them) went back.
/// </summary>
public sealed class TransferStatisticsProjection : ProjectionBase, IProjection
{
    public new const string Name = "TransferStatistics";

    /// <summary>Only the events read here are loaded for this projection.</summary>
    public TransferStatisticsProjection()
    {
        foreach (var type in TrafficStoreConfiguration.EventTypesNamed(name => name.StartsWith(VehicleEventPrefix, StringComparison.Ordinal)))
            IncludeType(type);
    }

    /// <summary>The wire names of the vehicle record's events start with this.</summary>
    public const string VehicleEventPrefix = "vehicle.";

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var relevant = events.Where(e => e.EventTypeName.StartsWith(VehicleEventPrefix, StringComparison.Ordinal)).ToList();
        if (relevant.Count == 0) return;

        var tracks = new DocumentBatch<TransferStatisticsTrack, Guid>(t => t.Id);
        await tracks.LoadAsync(operations, relevant.Select(e => e.StreamId), cancellation);

        var keys = relevant.Select(e => e.Data switch
        {
            VehicleTransferredOut o => TransferDayStatistics.KeyOf(StatisticsDay.Of(o.TransferredOutAt), o.DestinationOffice, o.OriginOffice),
            VehicleTransferredIn i => TransferDayStatistics.KeyOf(StatisticsDay.Of(i.TransferredInAt), i.Office, i.OriginOffice),
            _ => null,
        }).OfType<string>();
        var buckets = new DocumentBatch<TransferDayStatistics, string>(b => b.Id);
        await buckets.LoadAsync(operations, keys, cancellation);

        foreach (var e in relevant)
        {
            switch (e.Data)
            {
                case VehicleTransferredOut o:
                    var track = tracks.Change(e.StreamId, () => new TransferStatisticsTrack { Id = e.StreamId });
                    track.Origin = o.OriginOffice;
                    track.TransferredOutAt = o.TransferredOutAt;
                    track.InTransit = true;
                    track.ReturnTrip = false;
                    Bucket(buckets, o.TransferredOutAt, o.DestinationOffice, o.OriginOffice).TransfersOut++;
                    break;
                case VehicleTransferredIn i:
                    var bucket = Bucket(buckets, i.TransferredInAt, i.Office, i.OriginOffice);
                    bucket.TransfersIn++;
                    if (tracks.Find(e.StreamId) is { InTransit: true } t)
                    {
                        if (!t.ReturnTrip) bucket.WithoutReturnTrip++;
                        bucket.TransferDays.Add(TransferTrips.DaysBetween(t.TransferredOutAt, i.TransferredInAt));
                        tracks.Change(e.StreamId, () => t).InTransit = false;
                    }
                    break;
                default:
                    if (tracks.Find(e.StreamId) is { InTransit: true, ReturnTrip: false } pending
                        && TransferTrips.IsReturnTrip(pending.Origin, StatisticsHeaders.Read(e, StatisticsHeaders.Office)))
                        tracks.Change(e.StreamId, () => pending).ReturnTrip = true;
                    break;
            }
        }

        tracks.StoreChanged(operations);
        buckets.StoreChanged(operations);
    }

    private static TransferDayStatistics Bucket(DocumentBatch<TransferDayStatistics, string> buckets, DateTimeOffset at,
        string office, string origin)
    {
        var day = StatisticsDay.Of(at);
        var key = TransferDayStatistics.KeyOf(day, office, origin);
        return buckets.Change(key, () => new TransferDayStatistics { Id = key, Day = day, Office = office, Origin = origin });
    }
}
