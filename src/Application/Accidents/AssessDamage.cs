using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Accidents;
using TrafficCqrs.Domain.Violations;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Application.Accidents;

/// <summary>An insurer assesses online the damage to the vehicle it insures (定损).</summary>
/// <param name="Insurer">From the caller's token, never from the body.</param>
public sealed record AssessDamage(Guid AccidentId, string Insurer, string? Plate, decimal Amount, long? ExpectedVersion,
    CommandContext Context);

public static class AssessDamageHandler
{
    public static Task<AccidentWritten> Handle(AssessDamage command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        if (!PlateNumber.TryNormalise(command.Plate, out var plate, out var error))
            throw new InvalidFieldException("plate", error);
        if (command.Amount < 0m)
            throw new InvalidFieldException("amount", "The damage cannot be negative.");
        var insurer = AccidentStream.InsurerCode(command.Insurer);
        return AccidentStream.Decide(session, command.AccidentId, command.ExpectedVersion, command.Context,
            nameof(AssessDamage), a => [AccidentRules.AssessDamage(a, insurer, plate, command.Amount, clock.GetUtcNow())],
            cancellation, insurer);
    }
}
