using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Supervision;
using TrafficCqrs.Projections.Supervision;

namespace TrafficCqrs.Application.Audit;

/// <summary>Records the chain head now, so that it can be exported and kept elsewhere.</summary>
public sealed record TakeChainCheckpoint(CommandContext Context);

/// <summary>A checkpoint as it is exported: enough to verify the chain against later.</summary>
public sealed record ExportedCheckpoint(long Sequence, string Head, DateTimeOffset TakenAt, string? TakenBy);

public static class TakeChainCheckpointHandler
{
    public static async Task<ExportedCheckpoint> Handle(TakeChainCheckpoint command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var head = await AuditChainStore.HeadAsync(session, cancellation);
        if (head.IsEmpty)
            throw new DomainRuleException(SupervisionRules.ChainEmpty,
                "The chain has no link yet: nothing has been chained to take a checkpoint of.");

        var taken = new ChainCheckpointTaken(head.Sequence, head.Hash, clock.GetUtcNow());
        command.Context.Stamp(session, nameof(TakeChainCheckpoint));
        session.Events.Append(AuditChain.CheckpointStreamId, taken);
        return new ExportedCheckpoint(taken.Sequence, taken.Head, taken.TakenAt, command.Context.Actor.UserId);
    }
}
