using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using TrafficCqrs.Domain.Analytics;
using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// Keeps <see cref="CaseDayStatistics"/> (and the per-case <see cref="CaseStatisticsTrack"/> it
/// needs) from the case events. Run by the async daemon: a closing event carries only the case id,
/// so the case's dimensions come from its track, which this projection alone writes.
/// </summary>
public sealed class CaseStatisticsProjection : ProjectionBase, IProjection
{
    public new const string Name = "CaseStatistics";

    /// <summary>Only the events read here are loaded for this projection.</summary>
    public CaseStatisticsProjection()
    {
        foreach (var type in new[] { typeof(CaseOpened), typeof(CaseCompleted), typeof(CaseRejected), typeof(CaseWithdrawn) }
                     .Concat(TrafficStoreConfiguration.EventTypesNamed(ReturnVisitEvents.Contains)))
            IncludeType(type);
    }

    /// <summary>
    /// Wire names of events, appended to a case stream, that ask the applicant to come back (one
    /// return visit each). Matched by name, so an event added later counts without a change here;
    /// until one exists every completed case counts as done in one visit.
    /// </summary>
    public static readonly IReadOnlySet<string> ReturnVisitEvents =
        new HashSet<string>(StringComparer.Ordinal) { "case.return_visit_required" };

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var relevant = events.Where(e => e.Data is CaseOpened or CaseCompleted or CaseRejected or CaseWithdrawn
                                         || ReturnVisitEvents.Contains(e.EventTypeName)).ToList();
        if (relevant.Count == 0) return;

        var tracks = new DocumentBatch<CaseStatisticsTrack, Guid>(t => t.Id);
        await tracks.LoadAsync(operations, relevant.Where(e => e.Data is not CaseOpened).Select(e => e.StreamId), cancellation);

        // Bucket keys depend only on the case's opening dimensions and the event's day, so they are
        // known before anything changes: load every bucket the page touches in one query.
        var opened = relevant.Select(e => e.Data).OfType<CaseOpened>().ToDictionary(o => o.CaseId);
        var keys = new List<string>();
        foreach (var e in relevant)
        {
            if (e.Data is CaseOpened o) keys.Add(CaseDayStatistics.KeyOf(StatisticsDay.Of(o.OpenedAt), o.Office, o.BusinessType, o.Channel, o.Outlet));
            else if (ClosedAt(e.Data) is { } at && Dimensions(e.StreamId) is { } d)
                keys.Add(CaseDayStatistics.KeyOf(StatisticsDay.Of(at), d.Office, d.BusinessType, d.Channel, d.Outlet));
        }
        var buckets = new DocumentBatch<CaseDayStatistics, string>(b => b.Id);
        await buckets.LoadAsync(operations, keys, cancellation);

        foreach (var e in relevant)
        {
            switch (e.Data)
            {
                case CaseOpened o:
                    var track = tracks.Change(o.CaseId, () => new CaseStatisticsTrack { Id = o.CaseId });
                    track.OpenedAt = o.OpenedAt;
                    track.Office = o.Office;
                    track.BusinessType = o.BusinessType;
                    track.Channel = o.Channel;
                    track.Outlet = o.Outlet ?? "";
                    Bucket(buckets, track, o.OpenedAt).Opened++;
                    break;
                case CaseCompleted c when Open(tracks, e.StreamId) is { } t:
                    t.Closed = true;
                    var completed = Bucket(buckets, t, c.CompletedAt);
                    completed.Completed++;
                    completed.HandlingSeconds.Add((long)Math.Max(0, (c.CompletedAt - t.OpenedAt).TotalSeconds));
                    if (Visits.InOneVisit(t.ReturnVisits)) completed.CompletedInOneVisit++;
                    completed.Visits += Visits.Total(t.Channel, t.ReturnVisits);
                    if (Visits.SavedOfficeTrip(t.Channel, t.ReturnVisits)) completed.TripsSaved++;
                    break;
                case CaseRejected r when Open(tracks, e.StreamId) is { } t:
                    t.Closed = true;
                    Bucket(buckets, t, r.RejectedAt).Rejected++;
                    break;
                case CaseWithdrawn w when Open(tracks, e.StreamId) is { } t:
                    t.Closed = true;
                    Bucket(buckets, t, w.WithdrawnAt).Withdrawn++;
                    break;
                default:
                    if (ReturnVisitEvents.Contains(e.EventTypeName) && Open(tracks, e.StreamId) is { } visited)
                        visited.ReturnVisits++;
                    break;
            }
        }

        tracks.StoreChanged(operations);
        buckets.StoreChanged(operations);

        (string Office, string BusinessType, string Channel, string? Outlet)? Dimensions(Guid caseId) =>
            opened.TryGetValue(caseId, out var o) ? (o.Office, o.BusinessType, o.Channel, o.Outlet)
            : tracks.Find(caseId) is { } t ? (t.Office, t.BusinessType, t.Channel, t.Outlet) : null;
    }

    private static DateTimeOffset? ClosedAt(object data) => data switch
    {
        CaseCompleted c => c.CompletedAt,
        CaseRejected r => r.RejectedAt,
        CaseWithdrawn w => w.WithdrawnAt,
        _ => null,
    };

    /// <summary>The case's track, for an event on a case still open (a case closes once).</summary>
    private static CaseStatisticsTrack? Open(DocumentBatch<CaseStatisticsTrack, Guid> tracks, Guid caseId) =>
        tracks.Find(caseId) is { Closed: false } ? tracks.Change(caseId, () => throw new InvalidOperationException()) : null;

    private static CaseDayStatistics Bucket(DocumentBatch<CaseDayStatistics, string> buckets, CaseStatisticsTrack t,
        DateTimeOffset at)
    {
        var day = StatisticsDay.Of(at);
        var key = CaseDayStatistics.KeyOf(day, t.Office, t.BusinessType, t.Channel, t.Outlet);
        return buckets.Change(key, () => new CaseDayStatistics
        {
            Id = key, Day = day, Office = t.Office, BusinessType = t.BusinessType, Channel = t.Channel, Outlet = t.Outlet,
        });
    }
}
