using System.Globalization;
using System.Text.Json;
using JasperFx.Events;
using Marten;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Projections.Supervision;

/// <summary>The event a flag points to: where it is stored, its type and when it was stored.</summary>
public sealed record FlagSource(long Sequence, Guid StreamId, string EventType, DateTimeOffset Timestamp)
{
    public static FlagSource Of(IEvent e) => new(e.Sequence, e.StreamId, e.EventTypeName, e.Timestamp);
}

/// <summary>Who acted, when, where and through which channel: an event's metadata, without its body.</summary>
public sealed record StaffAct(FlagSource Source, string User, string? Channel, string? Office)
{
    public long Sequence => Source.Sequence;
    public DateTimeOffset Timestamp => Source.Timestamp;
}

/// <summary>
/// Reads the acts of staff at a counter or an outlet (an event with a user, through the window or
/// outlet channel) straight from the event table's columns, as the daemon would hand them to a
/// subscription: in sequence order, archived events left out.
/// </summary>
public static class StaffActs
{
    public static async Task<IReadOnlyList<StaffAct>> ReadAsync(IQuerySession session, long after, long upTo, int limit,
        CancellationToken cancellation)
    {
        var rows = await session.QueryAsync<string>(
            "select json_build_array(e.seq_id, e.stream_id, e.type, " +
            "to_char(e.timestamp at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), " +
            "e.user_name, e.headers ->> 'channel', e.headers ->> 'office')::text " +
            $"from {AuditStorage.EventsTable} e " +
            "where e.seq_id > ? and e.seq_id <= ? and e.is_archived = false and e.user_name is not null " +
            "and e.headers ->> 'channel' = any(?) order by e.seq_id limit ?",
            cancellation, after, upTo, new[] { Channels.Window, Channels.Outlet }, limit);
        return rows.Select(row =>
        {
            using var json = JsonDocument.Parse(row);
            var a = json.RootElement;
            return new StaffAct(
                new FlagSource(a[0].GetInt64(), a[1].GetGuid(), a[2].GetString()!,
                    DateTimeOffset.Parse(a[3].GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)),
                a[4].GetString()!,
                a[5].ValueKind == JsonValueKind.Null ? null : a[5].GetString(),
                a[6].ValueKind == JsonValueKind.Null ? null : a[6].GetString());
        }).ToList();
    }
}
