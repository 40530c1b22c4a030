using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Application.Cases;

/// <summary>The business is done (办结): the case closes and the business takes effect, together.</summary>
public sealed record CompleteCase(Guid CaseId, long? ExpectedVersion, CommandContext Context);

public static class CompleteCaseHandler
{
    public static Task<CaseWritten> Handle(CompleteCase command, IDocumentSession session, Outlets.OutletCommissions outlets,
        CaseWorkflows workflows, TimeProvider clock, CancellationToken cancellation) =>
        CaseStream.Decide(session, outlets, command.CaseId, command.ExpectedVersion, command.Context, nameof(CompleteCase),
            async c =>
            {
                var now = clock.GetUtcNow();
                var completed = CaseRules.Complete(c, now);
                if (workflows.For(c.BusinessType) is { } workflow)
                    await workflow.Fulfil(c, command.Context, now, session, cancellation);
                return (object)completed;
            }, cancellation);
}
