using System.Text.Json;
using Marten;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Projections.Supervision;

/// <summary>
/// Indexes events for the supervisor's timelines: the streams that concern a person, vehicle,
/// outlet or case (from the first event that names them), and per event who acted, at which office
/// and outlet, and which command caused it. Kept by <see cref="AuditChainSubscription"/> from the
/// same rows it chains, in global order; inserts are idempotent, so a replayed page changes nothing.
/// </summary>
public static class TraceIndex
{
    public static void Queue(IDocumentOperations operations, IEnumerable<ChainedEvent> events)
    {
        var streamKeys = new Dictionary<(string Kind, string Value, Guid Stream), long>();
        var eventKeys = new HashSet<(string Kind, string Value, long Sequence)>();
        foreach (var e in events)
        {
            using (var data = JsonDocument.Parse(e.Data))
                foreach (var (kind, value) in TraceKeys.FromData(e.EventType, data.RootElement))
                    streamKeys.TryAdd((kind, value, e.StreamId), e.Sequence);

            if (!string.IsNullOrWhiteSpace(e.UserName)) eventKeys.Add((TraceKeyKinds.User, e.UserName, e.Sequence));
            if (!string.IsNullOrWhiteSpace(e.CausationId)) eventKeys.Add((TraceKeyKinds.Causation, e.CausationId, e.Sequence));
            if (e.Headers is not null)
            {
                using var headers = JsonDocument.Parse(e.Headers);
                if (Header(headers.RootElement, "office") is { } office) eventKeys.Add((TraceKeyKinds.Office, office, e.Sequence));
                if (Header(headers.RootElement, "outlet") is { } outlet) eventKeys.Add((TraceKeyKinds.Outlet, outlet, e.Sequence));
            }
        }

        if (streamKeys.Count > 0)
            operations.QueueSqlCommand(
                $"insert into {AuditStorage.StreamKeysTable} (kind, value, stream_id, first_seq) " +
                "select * from unnest(?::varchar[], ?::varchar[], ?::uuid[], ?::bigint[]) on conflict do nothing",
                streamKeys.Keys.Select(k => k.Kind).ToArray(), streamKeys.Keys.Select(k => k.Value).ToArray(),
                streamKeys.Keys.Select(k => k.Stream).ToArray(), streamKeys.Values.ToArray());
        if (eventKeys.Count > 0)
            operations.QueueSqlCommand(
                $"insert into {AuditStorage.EventKeysTable} (kind, value, seq) " +
                "select * from unnest(?::varchar[], ?::varchar[], ?::bigint[]) on conflict do nothing",
                eventKeys.Select(k => k.Kind).ToArray(), eventKeys.Select(k => k.Value).ToArray(),
                eventKeys.Select(k => k.Sequence).ToArray());
    }

    private static string? Header(JsonElement headers, string name) =>
        headers.ValueKind == JsonValueKind.Object && headers.TryGetProperty(name, out var value)
                                                  && value.ValueKind == JsonValueKind.String
                                                  && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;
}
