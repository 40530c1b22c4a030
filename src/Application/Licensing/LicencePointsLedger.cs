using Marten;
using TrafficCqrs.Application.Violations;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Application.Licensing;

/// <summary>
/// A handled violation's points on the driving licence: the violations work's
/// <see cref="ILicencePointsLedger"/>, appending to the licence stream on the handling's own session.
/// A holder without a licence is refused with licence.no_record: only a licence can take points.
/// </summary>
public sealed class LicencePointsLedger : ILicencePointsLedger
{
    public Task RecordPoints(IDocumentSession session, string holderIdNumber, Guid violationId, int points,
        DateOnly committedOn, bool fineUnpaid, DateTimeOffset now, CancellationToken cancellation) =>
        LicencePoints.Record(session, holderIdNumber, violationId, points, committedOn, now, cancellation,
            finePaidOn: fineUnpaid ? null : LicenceCalendar.Today(now));

    public Task RecordFinePaid(IDocumentSession session, string holderIdNumber, Guid violationId, DateTimeOffset now,
        CancellationToken cancellation) =>
        LicencePoints.FinePaid(session, holderIdNumber, violationId, LicenceCalendar.Today(now), now, cancellation);

    public async Task<int> CurrentCyclePoints(IQuerySession session, string holderIdNumber, DateTimeOffset now,
        CancellationToken cancellation) =>
        await LicencePoints.Current(session, holderIdNumber, now, cancellation) ?? throw LicenceStream.NoRecord(holderIdNumber);

    public Task<int> CurrentCyclePointsForUpdate(IDocumentSession session, string holderIdNumber, DateTimeOffset now,
        CancellationToken cancellation) =>
        LicencePoints.CurrentForUpdate(session, holderIdNumber, now, cancellation);
}
