using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Accidents;

namespace TrafficCqrs.Application.Accidents;

/// <summary>The parties agree who bears what responsibility.</summary>
public sealed record AgreeResponsibility(Guid AccidentId, IReadOnlyList<ResponsibilityShare>? Shares, long? ExpectedVersion,
    CommandContext Context);

public static class AgreeResponsibilityHandler
{
    public static Task<AccidentWritten> Handle(AgreeResponsibility command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var shares = AccidentStream.Shares(command.Shares);
        return AccidentStream.Decide(session, command.AccidentId, command.ExpectedVersion, command.Context,
            nameof(AgreeResponsibility), a => [AccidentRules.AgreeResponsibility(a, shares, clock.GetUtcNow())],
            cancellation);
    }
}
