using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Accidents;

namespace TrafficCqrs.Application.Accidents;

/// <summary>The parties, jointly, ask the police to decide responsibility online.</summary>
/// <param name="RequestedBy">The ID numbers of the parties joining the request: all of them.</param>
public sealed record RequestPoliceDecision(Guid AccidentId, IReadOnlyList<string>? RequestedBy, long? ExpectedVersion,
    CommandContext Context);

public static class RequestPoliceDecisionHandler
{
    public static Task<AccidentWritten> Handle(RequestPoliceDecision command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        if (command.RequestedBy is not { Count: > 0 } requestedBy || requestedBy.Any(string.IsNullOrWhiteSpace))
            throw new InvalidFieldException("requestedBy", "Name the ID numbers of the parties asking.");
        return AccidentStream.Decide(session, command.AccidentId, command.ExpectedVersion, command.Context,
            nameof(RequestPoliceDecision),
            a => [AccidentRules.RequestPoliceDecision(a, requestedBy.Select(x => x.Trim()).ToList(), clock.GetUtcNow())],
            cancellation);
    }
}
