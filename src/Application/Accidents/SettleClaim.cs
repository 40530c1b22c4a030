using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Accidents;
using TrafficCqrs.Domain.Violations;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Application.Accidents;

/// <summary>An insurer settles the claim for a vehicle's damage (理赔); the last one closes the accident.</summary>
/// <param name="Insurer">From the caller's token, never from the body.</param>
public sealed record SettleClaim(Guid AccidentId, string Insurer, string? Plate, decimal Amount, string? Reference,
    long? ExpectedVersion, CommandContext Context);

public static class SettleClaimHandler
{
    public static Task<AccidentWritten> Handle(SettleClaim command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        if (!PlateNumber.TryNormalise(command.Plate, out var plate, out var error))
            throw new InvalidFieldException("plate", error);
        if (command.Amount < 0m)
            throw new InvalidFieldException("amount", "The amount cannot be negative.");
        if (string.IsNullOrWhiteSpace(command.Reference))
            throw new InvalidFieldException("reference", "The insurer's claim reference is required.");
        var insurer = AccidentStream.InsurerCode(command.Insurer);
        return AccidentStream.Decide(session, command.AccidentId, command.ExpectedVersion, command.Context,
            nameof(SettleClaim),
            a => AccidentRules.SettleClaim(a, insurer, plate, command.Amount, command.Reference.Trim(), clock.GetUtcNow()),
            cancellation, insurer);
    }
}
