using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Services;
using Marten.Subscriptions;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Projections.Supervision;

/// <summary>
/// Extends the hash chain as events arrive, and indexes the same events for the timelines
/// (<see cref="TraceIndex"/>). Runs in the async daemon because only there are events seen strictly in
/// global sequence order (an inline projection sees concurrent transactions out of order), and only
/// up to the daemon's high-water mark, below which no transaction can still add an event.
/// <para>
/// Both read the stored rows themselves, once, in one pass: the chain hashes their stored text, never
/// a re-serialised copy. So the daemon is asked to load no events for this subscription (its filter
/// names only <see cref="ChainReadsItsOwnRows"/>, a type never stored) and hands over only the range.
/// Such a range is as wide as the daemon has got behind (the whole store on a first catch-up), so it
/// is read <see cref="RowsPerRead"/> rows at a time: every read but the last is chained and indexed in
/// a transaction of its own, the last in the daemon's transaction with its progress. That is safe to
/// repeat: the chain always continues from its stored head, and the index ignores what it holds.
/// </para>
/// </summary>
public sealed class AuditChainSubscription : SubscriptionBase
{
    public const string SubscriptionName = "AuditHashChain";

    public AuditChainSubscription(int rowsPerRead = 1000)
    {
        Name = SubscriptionName;
        RowsPerRead = rowsPerRead;
        IncludeArchivedEvents = true;
        IncludeType<ChainReadsItsOwnRows>();
    }

    public int RowsPerRead { get; }

    public override async Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller,
        IDocumentOperations operations, CancellationToken cancellationToken)
    {
        await operations.Database.EnsureStorageExistsAsync(typeof(AuditStorage), cancellationToken);

        // Chain from the stored head rather than from the page, so a replayed page changes nothing;
        // index from the page's floor (the index ignores what it already holds).
        var head = await AuditChainStore.HeadAsync(operations, cancellationToken);
        var position = Math.Min(head.Sequence, page.SequenceFloor);
        while (true)
        {
            var read = await EventLog.ReadAsync(operations, position, page.SequenceCeiling, cancellationToken, RowsPerRead);
            if (read.Count < RowsPerRead)
            {
                Queue(operations, read, head, page.SequenceFloor);
                return NullChangeListener.Instance;
            }

            await using var chunk = operations.DocumentStore.LightweightSession(SessionOptions.ForDatabase(operations.Database));
            head = Queue(chunk, read, head, page.SequenceFloor);
            await chunk.SaveChangesAsync(cancellationToken);
            position = read[^1].Sequence;
        }
    }

    /// <summary>Queues the index rows and the links of <paramref name="read"/>; returns the chain's new head.</summary>
    private static ChainHead Queue(IDocumentOperations operations, IReadOnlyList<ChainedEvent> read, ChainHead head,
        long indexedThrough)
    {
        TraceIndex.Queue(operations, read.Where(e => e.Sequence > indexedThrough));

        var events = read.Where(e => e.Sequence > head.Sequence).ToList();
        if (events.Count == 0) return head;

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
        return new ChainHead(sequences[^1], previous);
    }
}

/// <summary>
/// Never stored: the chain's page filter names only this type, so the daemon loads no events for it
/// and the chain reads the range's rows itself.
/// </summary>
public sealed record ChainReadsItsOwnRows;
