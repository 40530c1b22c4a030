using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Application.Cases;

/// <summary>The office refuses the application and tells the applicant why.</summary>
public sealed record RejectCase(Guid CaseId, string Reason, long? ExpectedVersion, CommandContext Context);

public static class RejectCaseHandler
{
    public static Task<CaseWritten> Handle(RejectCase command, IDocumentSession session,
        Outlets.OutletCommissions outlets, TimeProvider clock, CancellationToken cancellation) =>
        CaseStream.Decide(session, outlets, command.CaseId, command.ExpectedVersion, command.Context, nameof(RejectCase),
            c =>
            {
                var now = clock.GetUtcNow();
                var rejected = CaseRules.Reject(c, command.Reason, now);
                // Rejected after payment: the fee goes back to the payment it came from.
                return CaseRules.RefundOnClosing(c, rejected.Reason, now) is { } refund
                    ? new object[] { rejected, refund }
                    : rejected;
            }, cancellation);
}
