using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Projections.Supervision;

/// <summary>
/// Extends the hash chain as events arrive, and indexes the same events for the timelines
/// (<see cref="TraceIndex"/>). Runs in the async daemon because only there are events seen strictly in
/// global sequence order (an inline projection sees concurrent transactions out of order); the links
/// and index rows are written in the same transaction as the daemon's progress, so each event is
/// chained exactly once. Both read the stored rows once, in one pass: the chain hashes their stored
/// text, never a re-serialised copy.
/// </summary>
public sealed class AuditChainSubscription : SubscriptionBase
{
    public const string SubscriptionName = "AuditHashChain";

    public AuditChainSubscription()
    {
        Name = SubscriptionName;
        IncludeArchivedEvents = true;
    }

    public override async Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller,
        IDocumentOperations operations, CancellationToken cancellationToken)
    {
        await operations.Database.EnsureStorageExistsAsync(typeof(AuditStorage), cancellationToken);

        // Chain from the stored head rather than from the page, so a replayed page changes nothing;
        // index from the page's floor (the index ignores what it already holds).
        var head = await AuditChainStore.HeadAsync(operations, cancellationToken);
        var read = await EventLog.ReadAsync(operations, Math.Min(head.Sequence, page.SequenceFloor),
            page.SequenceCeiling, cancellationToken);
        TraceIndex.Queue(operations, read.Where(e => e.Sequence > page.SequenceFloor));

        var events = read.Where(e => e.Sequence > head.Sequence).ToList();
        if (events.Count == 0) return NullChangeListener.Instance;

        var sequences = new long[events.Count];
        var links = new string[events.Count];
        var previous = head.Hash;
        for (var i = 0; i < events.Count; i++)
        {
            previous = HashChain.Link(previous, events[i]);
            sequences[i] = events[i].Sequence;
            links[i] = previous;
        }

        operations.QueueSqlCommand(
            $"insert into {AuditStorage.ChainTable} (seq, hash) select * from unnest(?::bigint[], ?::varchar[])",
            sequences, links);
        return NullChangeListener.Instance;
    }
}
