using Marten;
using TrafficCqrs.Domain.Supervision;
using TrafficCqrs.Projections.Supervision;

namespace TrafficCqrs.Application.Audit;

/// <summary>How far the chain has got, against how far the event log has.</summary>
public sealed record ChainStatus(long ChainedThrough, string? Head, long LastEventSequence);

public static class ChainQueries
{
    public static async Task<ChainStatus> Status(IQuerySession session, CancellationToken cancellation)
    {
        var head = await AuditChainStore.HeadAsync(session, cancellation);
        var last = await session.QueryAsync<long>(
            $"select coalesce(max(seq_id), 0) from {AuditStorage.EventsTable}", cancellation);
        return new ChainStatus(head.Sequence, head.IsEmpty ? null : head.Hash, last.Count > 0 ? last[0] : 0);
    }

    /// <summary>The newest checkpoint taken, or null if none has been.</summary>
    public static async Task<ExportedCheckpoint?> LatestCheckpoint(IQuerySession session, CancellationToken cancellation)
    {
        var state = await session.Events.FetchStreamStateAsync(AuditChain.CheckpointStreamId, cancellation);
        if (state is null) return null;
        var events = await session.Events.FetchStreamAsync(AuditChain.CheckpointStreamId, fromVersion: state.Version,
            token: cancellation);
        var last = events.LastOrDefault();
        return last?.Data is ChainCheckpointTaken taken
            ? new ExportedCheckpoint(taken.Sequence, taken.Head, taken.TakenAt, last.UserName)
            : null;
    }
}
