using System.Text.Json;
using Marten;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Projections.Supervision;

/// <summary>
/// Indexes the streams that concern a person, vehicle, outlet or case for the supervisor's timelines
/// (from the first event that names them). Kept by <see cref="AuditChainSubscription"/> from the same
/// rows it chains, in global order; inserts are idempotent, so a replayed page changes nothing. Who
/// acted, where, and by which command are looked up on the event table's own indexes
/// (<see cref="AuditStorage"/>), not here.
/// </summary>
public static class TraceIndex
{
    public static void Queue(IDocumentOperations operations, IEnumerable<ChainedEvent> events)
    {
        var streamKeys = new Dictionary<(string Kind, string Value, Guid Stream), long>();
        foreach (var e in events)
        {
            using var data = JsonDocument.Parse(e.Data);
            foreach (var (kind, value) in TraceKeys.FromData(e.EventType, data.RootElement))
                streamKeys.TryAdd((kind, value, e.StreamId), e.Sequence);
        }

        if (streamKeys.Count > 0)
            operations.QueueSqlCommand(
                $"insert into {AuditStorage.StreamKeysTable} (kind, value, stream_id, first_seq) " +
                "select * from unnest(?::varchar[], ?::varchar[], ?::uuid[], ?::bigint[]) on conflict do nothing",
                streamKeys.Keys.Select(k => k.Kind).ToArray(), streamKeys.Keys.Select(k => k.Value).ToArray(),
                streamKeys.Keys.Select(k => k.Stream).ToArray(), streamKeys.Values.ToArray());
    }
}
