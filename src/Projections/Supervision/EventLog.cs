using System.Text.Json;
using Marten;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Projections.Supervision;

/// <summary>
/// Reads stored events as the hash chain sees them: the stored text of every column, straight from
/// the event table, so that no deserialisation or re-serialisation stands between a row and its hash.
/// </summary>
public static class EventLog
{
    /// <summary>A JSON array of the chained columns of event alias <paramref name="e"/>, from index 0.</summary>
    public static string ChainedColumns(string e) =>
        $"""
         {e}.seq_id, {e}.stream_id, {e}.version, {e}.type, {e}.data::text, {e}.correlation_id, {e}.causation_id,
         {e}.user_name, {e}.headers::text, to_char({e}.timestamp at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
         """;

    /// <summary>The stored events after sequence <paramref name="after"/> up to <paramref name="upTo"/>, in order, at most <paramref name="limit"/>.</summary>
    public static async Task<IReadOnlyList<ChainedEvent>> ReadAsync(IQuerySession session, long after, long upTo,
        CancellationToken cancellation, int limit = int.MaxValue)
    {
        var rows = await session.QueryAsync<string>(
            $"select json_build_array({ChainedColumns("e")})::text from {AuditStorage.EventsTable} e " +
            "where e.seq_id > ? and e.seq_id <= ? order by e.seq_id limit ?",
            cancellation, after, upTo, limit);
        return rows.Select(row =>
        {
            using var json = JsonDocument.Parse(row);
            return Parse(json.RootElement, 0);
        }).ToList();
    }

    /// <summary>Reads the columns written by <see cref="ChainedColumns"/> starting at <paramref name="offset"/>.</summary>
    public static ChainedEvent Parse(JsonElement array, int offset) => new(
        array[offset].GetInt64(),
        array[offset + 1].GetGuid(),
        array[offset + 2].GetInt64(),
        array[offset + 3].GetString()!,
        array[offset + 4].GetString()!,
        Text(array[offset + 5]),
        Text(array[offset + 6]),
        Text(array[offset + 7]),
        Text(array[offset + 8]),
        array[offset + 9].GetString()!);

    private static string? Text(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetString();
}
