using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Application.Violations;

/// <summary>The fine is paid electronically, with the late fee due that day; the licence learns the fine is paid.</summary>
public sealed record PayViolationFine(Guid ViolationId, decimal Amount, string? Method, string? Reference,
    long? ExpectedVersion, CommandContext Context);

public static class PayViolationFineHandler
{
    public static Task<ViolationWritten> Handle(PayViolationFine command, IDocumentSession session,
        ILicencePointsLedger ledger, TimeProvider clock, CancellationToken cancellation)
    {
        if (command.Method is null || !CaseRules.PaymentMethods.Contains(command.Method))
            throw new InvalidFieldException("method",
                $"Payment method must be one of: {string.Join(", ", CaseRules.PaymentMethods)}.");
        var reference = ViolationStream.Required("reference", command.Reference, 64);
        if (command.Amount <= 0m)
            throw new InvalidFieldException("amount", "The amount must be positive.");
        var now = clock.GetUtcNow();

        return ViolationStream.Decide(session, command.ViolationId, command.ExpectedVersion, command.Context,
            nameof(PayViolationFine), async v =>
            {
                var paid = ViolationRules.PayFine(v, command.Amount, command.Method, reference, now);
                if (v.Points > 0 && v.DriverIdNumber is { } driver)
                    await ledger.RecordFinePaid(session, driver, v.Id, now, cancellation);
                return (object)paid;
            }, cancellation);
    }
}
