using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Accidents;

namespace TrafficCqrs.Application.Accidents;

/// <summary>The office sends the accident's data to the court hearing a dispute about it; that court may then read it.</summary>
public sealed record ReferAccidentToCourt(Guid AccidentId, string? Court, long? ExpectedVersion, CommandContext Context);

public static class ReferAccidentToCourtHandler
{
    public static Task<AccidentWritten> Handle(ReferAccidentToCourt command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(command.Court))
            throw new InvalidFieldException("court", "The court is required.");
        return AccidentStream.Decide(session, command.AccidentId, command.ExpectedVersion, command.Context,
            nameof(ReferAccidentToCourt), a => [AccidentRules.ReferToCourt(a, command.Court.Trim(), clock.GetUtcNow())],
            cancellation);
    }
}
