using Marten;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Application.Licensing;

/// <summary>The points side of a licence after one call: the cycle's total and whether it is now held.</summary>
public sealed record PointsOutcome(Guid LicenceId, int CycleTotal, LicenceStatus Status, bool AlreadyRecorded);

/// <summary>
/// The licence's side of points (记分), called inside another command's handler, on its session, so
/// that the command and the points are saved in one transaction. The violations work reaches it
/// through <see cref="LicencePointsLedger"/>:
/// <code>
/// command.Context.Stamp(session, nameof(HandleViolation));   // the caller stamps who / where / why
/// var points = await LicencePoints.CurrentForUpdate(session, driverIdNumber, clock.GetUtcNow(), ct);
/// // ... the caller's rule decides with those points, then:
/// await LicencePoints.Record(session, driverIdNumber, violationId, points: 6, committedOn, clock.GetUtcNow(), ct);
/// // ... later, when the fine is paid:
/// await LicencePoints.FinePaid(session, driverIdNumber, violationId, paidOn, clock.GetUtcNow(), ct);
/// </code>
/// Nothing is saved here (the caller's transaction saves). A violation already recorded is ignored,
/// so a retried handler does not count it twice. Reaching 12 points in a cycle detains the licence
/// (in probation: cancels its classes) in the same append. Refusals are DomainRuleException:
/// licence.no_record (no licence for that ID number), points.invalid_score (not 12/9/6/3/1),
/// points.future_violation, points.unknown_violation (FinePaid for a violation without points).
/// </summary>
public static class LicencePoints
{
    /// <param name="finePaidOn">Set when the fine is already paid (or none is due) as the points are taken.</param>
    public static Task<PointsOutcome> Record(IDocumentSession session, string holderIdNumber, Guid violationId, int points,
        DateOnly committedOn, DateTimeOffset now, CancellationToken cancellation, DateOnly? finePaidOn = null) =>
        Append(session, holderIdNumber, now, l => PointsRules.Record(l, violationId, points, committedOn, now, finePaidOn),
            cancellation);

    public static Task<PointsOutcome> FinePaid(IDocumentSession session, string holderIdNumber, Guid violationId,
        DateOnly paidOn, DateTimeOffset now, CancellationToken cancellation) =>
        Append(session, holderIdNumber, now, l => PointsRules.FinePaid(l, violationId, paidOn, now), cancellation);

    /// <summary>The points standing in the current cycle, for a violations screen or a check.</summary>
    public static async Task<int?> Current(IQuerySession session, string holderIdNumber, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var licence = await session.LoadAsync<DrivingLicence>(LicenceStreamId.For(holderIdNumber), cancellation);
        return licence is null
            ? null
            : PointsRules.Total(licence, PointsRules.CurrentCycle(licence, LicenceCalendar.Today(now)).Start);
    }

    /// <summary>
    /// The points standing in the current cycle, read by a command that is about to add to them: the
    /// licence stream is locked (SELECT … FOR UPDATE) until the session is saved, so another command
    /// adding points to the same licence meanwhile waits, and then decides on the points added here.
    /// Refused with licence.no_record when the holder has no licence.
    /// </summary>
    public static async Task<int> CurrentForUpdate(IDocumentSession session, string holderIdNumber, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForExclusiveWriting<DrivingLicence>(LicenceStreamId.For(holderIdNumber),
            cancellation);
        var licence = stream.Aggregate ?? throw LicenceStream.NoRecord(holderIdNumber);
        return PointsRules.Total(licence, PointsRules.CurrentCycle(licence, LicenceCalendar.Today(now)).Start);
    }

    private static async Task<PointsOutcome> Append(IDocumentSession session, string holderIdNumber, DateTimeOffset now,
        Func<DrivingLicence, IReadOnlyList<object>> decide, CancellationToken cancellation)
    {
        var id = LicenceStreamId.For(holderIdNumber);
        var stream = await session.Events.FetchForWriting<DrivingLicence>(id, cancellation);
        var licence = stream.Aggregate ?? throw LicenceStream.NoRecord(holderIdNumber);
        var events = decide(licence);
        stream.AppendMany(events);

        var after = events.Aggregate(licence, Evolve);
        var total = PointsRules.Total(after, PointsRules.CurrentCycle(after, LicenceCalendar.Today(now)).Start);
        return new PointsOutcome(id, total, after.Status, events.Count == 0);
    }

    private static DrivingLicence Evolve(DrivingLicence l, object e) => e switch
    {
        LicencePointsRecorded x => l.Apply(x),
        LicencePointsFinePaid x => l.Apply(x),
        LicenceDetained x => l.Apply(x),
        LicenceClassCancelled x => l.Apply(x),
        _ => l,
    };
}
