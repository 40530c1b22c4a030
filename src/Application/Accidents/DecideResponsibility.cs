using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Accidents;

namespace TrafficCqrs.Application.Accidents;

/// <summary>The police decide responsibility online (网上定责), on the parties' joint request.</summary>
public sealed record DecideResponsibility(Guid AccidentId, IReadOnlyList<ResponsibilityShare>? Shares, string? Reason,
    long? ExpectedVersion, CommandContext Context);

public static class DecideResponsibilityHandler
{
    public static Task<AccidentWritten> Handle(DecideResponsibility command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var shares = AccidentStream.Shares(command.Shares);
        return AccidentStream.Decide(session, command.AccidentId, command.ExpectedVersion, command.Context,
            nameof(DecideResponsibility),
            a => [AccidentRules.DecideResponsibility(a, shares, command.Reason ?? "", clock.GetUtcNow())], cancellation);
    }
}
