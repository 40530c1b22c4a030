using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Application.Violations;

/// <summary>
/// A stand-in for the licence's points until the licensing module's licence stream is wired in: one
/// <see cref="PointsAccount"/> stream per holder, keyed by a Guid derived from the ID number. The
/// licensing module's <see cref="ILicencePointsLedger"/> replaces it (and knows the real cycle,
/// which starts on the first licence date).
/// </summary>
public sealed class InterimPointsLedger : ILicencePointsLedger
{
    public async Task RecordPoints(IDocumentSession session, string holderIdNumber, Guid violationId, int points,
        bool fineUnpaid, CommandContext context, DateTimeOffset now, CancellationToken cancellation)
    {
        var id = PointsAccount.IdFor(holderIdNumber);
        // Fetched for writing, so two handlings for one holder at once cannot both slip in unseen.
        var stream = await session.Events.FetchForWriting<PointsAccount>(id, cancellation);
        stream.AppendOne(new LedgerPointsRecorded(id, holderIdNumber, violationId, points, fineUnpaid, now));
    }

    public async Task RecordFinePaid(IDocumentSession session, string holderIdNumber, Guid violationId,
        CommandContext context, DateTimeOffset now, CancellationToken cancellation)
    {
        var id = PointsAccount.IdFor(holderIdNumber);
        var stream = await session.Events.FetchForWriting<PointsAccount>(id, cancellation);
        if (stream.Aggregate is null) return;
        stream.AppendOne(new LedgerFinePaid(id, holderIdNumber, violationId, now));
    }

    public async Task<int> CurrentCyclePoints(IQuerySession session, string holderIdNumber, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var account = await session.Events.AggregateStreamAsync<PointsAccount>(PointsAccount.IdFor(holderIdNumber),
            token: cancellation);
        return account?.CyclePoints(now) ?? 0;
    }
}
