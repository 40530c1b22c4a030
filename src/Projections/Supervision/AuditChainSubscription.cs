using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Projections.Supervision;

/// <summary>
/// Extends the hash chain as events arrive. Runs in the async daemon because only there are events
/// seen strictly in global sequence order (an inline projection sees concurrent transactions out of
/// order); the links are written in the same transaction as the daemon's progress, so each event is
/// chained exactly once.
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

        // Chain from the stored head rather than from the page, so a replayed page changes nothing.
        var head = await AuditChainStore.HeadAsync(operations, cancellationToken);
        var events = await EventLog.ReadAsync(operations, head.Sequence, page.SequenceCeiling, cancellationToken);
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
