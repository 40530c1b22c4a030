using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;

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
    public static Task<CaseWritten> Handle(RecordPayment command, IDocumentSession session, Outlets.OutletCommissions outlets,
        TimeProvider clock, CancellationToken cancellation)
    {
        if (!CaseRules.PaymentMethods.Contains(command.Method))
            throw new InvalidFieldException("method",
                $"Payment method must be one of: {string.Join(", ", CaseRules.PaymentMethods)}.");
        if (string.IsNullOrWhiteSpace(command.Reference))
            throw new InvalidFieldException("reference", "The payment platform's reference is required.");
        if (command.Amount <= 0m)
            throw new InvalidFieldException("amount", "The amount must be positive.");

        return CaseStream.Decide(session, outlets, command.CaseId, command.ExpectedVersion, command.Context,
            nameof(RecordPayment),
            c => CaseRules.RecordPayment(c, command.Amount, command.Method, command.Reference.Trim(), clock.GetUtcNow()),
            cancellation);
    }
}
