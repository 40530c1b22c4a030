using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Application.Cases;

/// <summary>The business is done (办结).</summary>
public sealed record CompleteCase(Guid CaseId, long? ExpectedVersion, CommandContext Context);

public static class CompleteCaseHandler
{
    public static Task<CaseWritten> Handle(CompleteCase command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation) =>
        CaseStream.Decide(session, command.CaseId, command.ExpectedVersion, command.Context, nameof(CompleteCase),
            c => CaseRules.Complete(c, clock.GetUtcNow()), cancellation);
}
