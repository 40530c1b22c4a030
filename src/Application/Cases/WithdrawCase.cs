using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Application.Cases;

/// <summary>The applicant withdraws the application.</summary>
public sealed record WithdrawCase(Guid CaseId, string? Reason, long? ExpectedVersion, CommandContext Context);

public static class WithdrawCaseHandler
{
    public static Task<CaseWritten> Handle(WithdrawCase command, IDocumentSession session,
        Outlets.OutletCommissions outlets, TimeProvider clock, CancellationToken cancellation) =>
        CaseStream.Decide(session, outlets, command.CaseId, command.ExpectedVersion, command.Context, nameof(WithdrawCase),
            c =>
            {
                var now = clock.GetUtcNow();
                var withdrawn = CaseRules.Withdraw(c, command.Reason, now);
                return CaseRules.RefundOnClosing(c, withdrawn.Reason ?? "Withdrawn by the applicant.", now) is { } refund
                    ? new object[] { withdrawn, refund }
                    : withdrawn;
            }, cancellation);
}
