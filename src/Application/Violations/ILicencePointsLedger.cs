using Marten;
using TrafficCqrs.Application.Common;

namespace TrafficCqrs.Application.Violations;

/// <summary>
/// Where a handled violation's points land: the driver's licence. Called on the handling command's
/// own session, so the points and the handling are saved in one transaction (or neither).
/// The licensing module owns the licence stream and provides the real implementation, registered
/// in place of <see cref="InterimPointsLedger"/> (ViolationServices registers this one with TryAdd).
/// </summary>
public interface ILicencePointsLedger
{
    /// <summary>
    /// Puts points on the holder's licence for a violation. <paramref name="fineUnpaid"/> says whether
    /// the violation's fine is still owed: such points outlive the end of the cycle until it is paid.
    /// </summary>
    Task RecordPoints(IDocumentSession session, string holderIdNumber, Guid violationId, int points, bool fineUnpaid,
        CommandContext context, DateTimeOffset now, CancellationToken cancellation);

    /// <summary>The violation's fine was paid: its points now clear with the cycle like any others.</summary>
    Task RecordFinePaid(IDocumentSession session, string holderIdNumber, Guid violationId, CommandContext context,
        DateTimeOffset now, CancellationToken cancellation);

    /// <summary>The points the holder's licence carries now in its current cycle (unpaid-fine points included).</summary>
    Task<int> CurrentCyclePoints(IQuerySession session, string holderIdNumber, DateTimeOffset now,
        CancellationToken cancellation);
}
