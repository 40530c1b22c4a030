using Marten;

namespace TrafficCqrs.Application.Violations;

/// <summary>
/// Where a handled violation's points land: the driver's licence (the licensing module's
/// LicencePointsLedger). Called on the handling command's own session, after the caller stamped it,
/// so the points and the handling are saved in one transaction (or neither). A holder without a
/// licence is refused (licence.no_record): only a licence can take points.
/// </summary>
public interface ILicencePointsLedger
{
    /// <summary>
    /// Puts points on the holder's licence for a violation committed on <paramref name="committedOn"/>
    /// (its day in China time: the cycle it counts in). <paramref name="fineUnpaid"/> says whether the
    /// violation's fine is still owed: such points outlive the end of the cycle until it is paid.
    /// Recording a violation twice counts it once; reaching 12 points detains the licence.
    /// </summary>
    Task RecordPoints(IDocumentSession session, string holderIdNumber, Guid violationId, int points, DateOnly committedOn,
        bool fineUnpaid, DateTimeOffset now, CancellationToken cancellation);

    /// <summary>The violation's fine was paid: its points now clear with the cycle like any others.</summary>
    Task RecordFinePaid(IDocumentSession session, string holderIdNumber, Guid violationId, DateTimeOffset now,
        CancellationToken cancellation);

    /// <summary>The points the holder's licence carries now in its current cycle (carried-over points included).</summary>
    Task<int> CurrentCyclePoints(IQuerySession session, string holderIdNumber, DateTimeOffset now,
        CancellationToken cancellation);

    /// <summary>
    /// The same, read by a command about to add points: the licence is held until the session is
    /// saved, so two handlings for one driver at once cannot both pass the limit on the same total.
    /// </summary>
    Task<int> CurrentCyclePointsForUpdate(IDocumentSession session, string holderIdNumber, DateTimeOffset now,
        CancellationToken cancellation);
}
