using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using TrafficCqrs.Domain.Analytics;
using TrafficCqrs.Domain.Exams;

namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// Keeps <see cref="ExamDayStatistics"/>: each sitting counts once, when it ends (passed, failed
/// after the retake, or cancelled too late), on its exam day at its exam office. The class kind comes
/// from the application, remembered in an <see cref="ExamStatisticsTrack"/>.
/// </summary>
public sealed class ExamStatisticsProjection : ProjectionBase, IProjection
{
    public new const string Name = "ExamStatistics";

    /// <summary>Only the events read here are loaded for this projection.</summary>
    public ExamStatisticsProjection()
    {
        IncludeType<ExamApplicationFiled>();
        IncludeType<ExamAttemptScored>();
        IncludeType<ExamBookingCancelled>();
    }

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var relevant = events.Where(e => e.Data is ExamApplicationFiled
            || e.Data is ExamAttemptScored s && ExamOutcomes.SittingPassed(s) is not null
            || e.Data is ExamBookingCancelled c && ExamOutcomes.CountsAsFailedSitting(c)).ToList();
        if (relevant.Count == 0) return;

        // An application's class never changes, so the kinds filed in this page and those stored
        // before it are all that is needed, whatever the order.
        var tracks = new DocumentBatch<ExamStatisticsTrack, Guid>(t => t.Id);
        await tracks.LoadAsync(operations, relevant.Where(e => e.Data is not ExamApplicationFiled).Select(e => e.StreamId), cancellation);
        var kinds = relevant.Select(e => e.Data).OfType<ExamApplicationFiled>()
            .ToDictionary(f => f.ApplicationId, f => ExamOutcomes.ClassKindOf(f.Class));
        string? KindOf(Guid application) =>
            kinds.TryGetValue(application, out var kind) ? kind : tracks.Find(application)?.ClassKind;

        var sittings = new List<(string Key, DateOnly Day, string Office, int Subject, string Kind, bool Passed, bool Late)>();
        foreach (var e in relevant)
        {
            switch (e.Data)
            {
                case ExamApplicationFiled f:
                    tracks.Change(f.ApplicationId, () => new ExamStatisticsTrack { Id = f.ApplicationId }).ClassKind = kinds[f.ApplicationId];
                    break;
                case ExamAttemptScored s when KindOf(s.ApplicationId) is { } kind:
                    sittings.Add((ExamDayStatistics.KeyOf(s.Date, s.Office, s.Subject, kind), s.Date, s.Office, s.Subject, kind,
                        ExamOutcomes.SittingPassed(s) == true, false));
                    break;
                case ExamBookingCancelled c when KindOf(c.ApplicationId) is { } kind:
                    sittings.Add((ExamDayStatistics.KeyOf(c.Date, c.Office, c.Subject, kind), c.Date, c.Office, c.Subject, kind, false, true));
                    break;
            }
        }

        var buckets = new DocumentBatch<ExamDayStatistics, string>(b => b.Id);
        await buckets.LoadAsync(operations, sittings.Select(s => s.Key), cancellation);
        foreach (var s in sittings)
        {
            var bucket = buckets.Change(s.Key, () => new ExamDayStatistics
            {
                Id = s.Key, Day = s.Day, Office = s.Office, Subject = s.Subject, ClassKind = s.Kind,
            });
            if (s.Passed) bucket.Passes++;
            else bucket.Fails++;
            if (s.Late) bucket.LateCancellations++;
        }

        tracks.StoreChanged(operations);
        buckets.StoreChanged(operations);
    }
}
