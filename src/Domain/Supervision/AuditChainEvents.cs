using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Supervision;

/// <summary>
/// The chain head at a sequence, taken so that it can be kept outside the database: a later
/// rewrite of both the events and the stored chain no longer reproduces this head.
/// </summary>
[EventName("audit.chain_checkpoint_taken")]
public sealed record ChainCheckpointTaken(long Sequence, string Head, DateTimeOffset TakenAt);

public static class AuditChain
{
    /// <summary>The stream that keeps every checkpoint taken.</summary>
    public static readonly Guid CheckpointStreamId = DeterministicIds.For("audit:chain-checkpoints");
}
