using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using Wolverine.Attributes;

namespace TrafficCqrs.Application.Cases;

/// <summary>The applicant paid the fee electronically; the payment platform's reference is kept.</summary>
public sealed record RecordPayment(
    Guid CaseId,
    decimal Amount,
    string Method,
    string Reference,
    long? ExpectedVersion,
    CommandContext Context);

public static class RecordPaymentHandler
{
    // Two reports of one payment at the same moment: the loser of the append race retries and then
    // finds the payment recorded.
    [RetryNow(typeof(JasperFx.ConcurrencyException), 20, 50, 100)]
    public static async Task<CaseWritten> Handle(RecordPayment command, IDocumentSession session,
        Outlets.OutletCommissions outlets, TimeProvider clock, CancellationToken cancellation)
    {
        if (!CaseRules.PaymentMethods.Contains(command.Method))
            throw new InvalidFieldException("method",
                $"Payment method must be one of: {string.Join(", ", CaseRules.PaymentMethods)}.");
        if (string.IsNullOrWhiteSpace(command.Reference))
            throw new InvalidFieldException("reference", "The payment platform's reference is required.");
        if (command.Amount <= 0m)
            throw new InvalidFieldException("amount", "The amount must be positive.");

        // The same platform reference reported again (a retry, a double click) is the payment
        // already recorded: answered with the case as it is, nothing appended.
        return await CaseStream.Decide(session, outlets, command.CaseId, command.ExpectedVersion, command.Context,
            nameof(RecordPayment),
            c => CaseRules.RecordPayment(c, command.Amount, command.Method, command.Reference.Trim(), clock.GetUtcNow()),
            cancellation,
            alreadyDone: c => CaseRules.IsRecordedPayment(c, command.Amount, command.Reference));
    }
}
