using System.Text.Json;
using Marten;
using TrafficCqrs.Domain.Supervision;
using TrafficCqrs.Projections.Supervision;

namespace TrafficCqrs.Application.Audit;

/// <summary>A chain head kept outside the database: the value the chain must have at a sequence.</summary>
public sealed record ChainCheckpoint(long Sequence, string Head);

/// <summary>One place where the stored events and the stored chain disagree.</summary>
public sealed record ChainBreak(long Sequence, string Problem, Guid? StreamId, long? Version, string? EventType);

/// <summary>An exported checkpoint compared with the chain recomputed from today's events.</summary>
public sealed record CheckpointCheck(long Sequence, string ExpectedHead, string? RecomputedHead, bool Matches);

/// <param name="Intact">No break, and every checkpoint given matches.</param>
/// <param name="FirstBrokenSequence">The first event (by sequence) whose link does not hold, if any.</param>
/// <param name="ChainedThrough">The last sequence the chain has reached.</param>
/// <param name="PendingEvents">Events after the chain head, not yet chained by the daemon: not a break.</param>
public sealed record ChainReport(
    bool Intact,
    long? FirstBrokenSequence,
    long EventsChecked,
    long ChainedThrough,
    string? Head,
    long PendingEvents,
    int BreakCount,
    IReadOnlyList<ChainBreak> Breaks,
    IReadOnlyList<CheckpointCheck> Checkpoints,
    DateTimeOffset VerifiedAt);

/// <summary>
/// Recomputes the hash chain from the stored events and compares it with the stored links and with
/// any exported checkpoints. Each link is checked against its stored predecessor, so a changed event
/// is named by its own sequence; the pure recomputation from the first event is what the
/// checkpoints are compared with, so rewriting the events and the stored chain together is caught.
/// </summary>
public static class ChainVerification
{
    public const int MaxBreaksListed = 100;

    public const string Changed = "The event does not match its link: it was changed after it was chained.";
    public const string Removed = "The link has no event: the event was removed.";
    public const string Inserted = "The event has no link although later events do: it was added after them.";

    public static async Task<ChainReport> VerifyAsync(IQuerySession session, IReadOnlyList<ChainCheckpoint> checkpoints,
        DateTimeOffset now, CancellationToken cancellation)
    {
        await session.Database.EnsureStorageExistsAsync(typeof(AuditStorage), cancellation);
        var sql =
            $"select json_build_array(coalesce(e.seq_id, c.seq), c.hash, {EventLog.ChainedColumns("e")})::text " +
            $"from {AuditStorage.EventsTable} e full outer join {AuditStorage.ChainTable} c on c.seq = e.seq_id " +
            "order by coalesce(e.seq_id, c.seq)";

        var walk = new Walk(checkpoints.OrderBy(c => c.Sequence).ToList());
        await foreach (var row in session.AdvancedSql.StreamAsync<string>(sql, cancellation))
        {
            using var json = JsonDocument.Parse(row);
            var array = json.RootElement;
            var sequence = array[0].GetInt64();
            var link = array[1].ValueKind == JsonValueKind.Null ? null : array[1].GetString();
            var e = array[2].ValueKind == JsonValueKind.Null ? null : EventLog.Parse(array, 2);
            walk.Next(sequence, link, e);
        }
        return walk.Finish(now);
    }

    private sealed class Walk(List<ChainCheckpoint> checkpoints)
    {
        private readonly List<ChainBreak> _breaks = [];
        private readonly List<ChainedEvent> _unchained = [];
        private readonly List<CheckpointCheck> _checks = [];
        private int _breakCount;
        private int _nextCheckpoint;
        private string _previousStored = HashChain.Genesis;
        private string _recomputed = HashChain.Genesis;
        private long _eventsChecked;
        private long _chainedThrough;
        private string? _head;

        public void Next(long sequence, string? link, ChainedEvent? e)
        {
            CheckCheckpointsBefore(sequence);
            if (e is not null)
            {
                _eventsChecked++;
                _recomputed = HashChain.Link(_recomputed, e);
            }

            if (link is null)
            {
                _unchained.Add(e!);
                return;
            }

            // A link exists, so every earlier event without one was slipped in behind the chain.
            foreach (var skipped in _unchained) Break(skipped.Sequence, Inserted, skipped);
            _unchained.Clear();

            if (e is null)
                Break(sequence, Removed, null);
            else if (HashChain.Link(_previousStored, e) != link)
                Break(sequence, Changed, e);

            _previousStored = link;
            _chainedThrough = sequence;
            _head = link;
        }

        public ChainReport Finish(DateTimeOffset now)
        {
            CheckCheckpointsBefore(long.MaxValue);
            var intact = _breakCount == 0 && _checks.All(c => c.Matches);
            return new ChainReport(intact, _breaks.Count > 0 ? _breaks[0].Sequence : null, _eventsChecked,
                _chainedThrough, _head, _unchained.Count, _breakCount, _breaks, _checks, now);
        }

        // A checkpoint at S holds the chain's value after the last event at or before S.
        private void CheckCheckpointsBefore(long sequence)
        {
            while (_nextCheckpoint < checkpoints.Count && checkpoints[_nextCheckpoint].Sequence < sequence)
            {
                var checkpoint = checkpoints[_nextCheckpoint++];
                var matches = string.Equals(checkpoint.Head, _recomputed, StringComparison.OrdinalIgnoreCase);
                _checks.Add(new CheckpointCheck(checkpoint.Sequence, checkpoint.Head, _recomputed, matches));
            }
        }

        private void Break(long sequence, string problem, ChainedEvent? e)
        {
            _breakCount++;
            if (_breaks.Count < MaxBreaksListed)
                _breaks.Add(new ChainBreak(sequence, problem, e?.StreamId, e?.Version, e?.EventType));
        }
    }
}
