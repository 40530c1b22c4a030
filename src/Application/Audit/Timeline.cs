using System.Text.Json;
using Marten;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Supervision;
using TrafficCqrs.Projections.Supervision;

namespace TrafficCqrs.Application.Audit;

/// <summary>What the timeline is about: exactly one subject, and an optional time range.</summary>
public sealed record TimelineQuery(string Kind, string Value, DateTimeOffset? From = null, DateTimeOffset? To = null);

/// <summary>One event as a supervisor reads it in a timeline.</summary>
public sealed record TimelineEntry(
    long Sequence,
    DateTimeOffset Timestamp,
    string EventType,
    string Summary,
    Guid StreamId,
    long Version,
    string? UserName,
    string? Roles,
    string? Office,
    string? Counter,
    string? Outlet,
    string? Channel,
    string? Command,
    string? CorrelationId,
    string? CausationId,
    JsonElement Data);

/// <summary>
/// Every event related to a case, person, vehicle, outlet, clerk or office, across all streams, in
/// global order. A case's timeline holds its own stream, everything the same commands wrote to other
/// streams (a licence replaced on completion), and streams that name the case (a complaint about it).
/// Streams that name a person, vehicle or outlet come from the trace index kept by the daemon, so
/// their newest events appear a moment after they are stored; who acted, where, and by which command
/// are read from the event table's own indexes as soon as an event is stored.
/// </summary>
public static class Timeline
{
    public const int MaxPageSize = 500;
    public const int MaxExport = 100_000;

    public static readonly IReadOnlyList<string> Kinds =
    [
        TraceKeyKinds.Case, TraceKeyKinds.IdNumber, TraceKeyKinds.Vin, TraceKeyKinds.Plate, TraceKeyKinds.Outlet,
        TraceKeyKinds.User, TraceKeyKinds.Office,
    ];

    public static async Task<Page<TimelineEntry>> Read(IQuerySession session, TimelineQuery query, int page,
        int pageSize, CancellationToken cancellation)
    {
        await session.Database.EnsureStorageExistsAsync(typeof(AuditStorage), cancellation);
        var (matched, parameters) = Matched(query);
        var (where, range) = Range(query);

        var count = await session.QueryAsync<long>(
            $"with matched as ({matched}) select count(*) from {AuditStorage.EventsTable} e " +
            $"join matched m on m.seq = e.seq_id {where}", cancellation, [.. parameters, .. range]);
        var rows = await session.QueryAsync<string>(
            $"with matched as ({matched}) select {Row} from {AuditStorage.EventsTable} e " +
            $"join matched m on m.seq = e.seq_id {where} order by e.seq_id limit ? offset ?",
            cancellation, [.. parameters, .. range, pageSize, (long)(page - 1) * pageSize]);
        return new Page<TimelineEntry>(rows.Select(Parse).ToList(), page, pageSize, count.Count > 0 ? count[0] : 0);
    }

    /// <summary>The whole timeline (up to <see cref="MaxExport"/> events), read as it is written out.</summary>
    public static async IAsyncEnumerable<TimelineEntry> All(IQuerySession session, TimelineQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        await session.Database.EnsureStorageExistsAsync(typeof(AuditStorage), cancellation);
        var (matched, parameters) = Matched(query);
        var (where, range) = Range(query);
        var sql = $"with matched as ({matched}) select {Row} from {AuditStorage.EventsTable} e " +
                  $"join matched m on m.seq = e.seq_id {where} order by e.seq_id limit {MaxExport}";
        await foreach (var row in session.AdvancedSql.StreamAsync<string>(sql, cancellation, [.. parameters, .. range]))
            yield return Parse(row);
    }

    private const string Row =
        "json_build_object('seq', e.seq_id, 'streamId', e.stream_id, 'version', e.version, 'type', e.type, " +
        "'data', e.data, 'headers', e.headers, 'user', e.user_name, 'correlation', e.correlation_id, " +
        "'causation', e.causation_id, 'timestamp', e.timestamp)::text";

    // The sequences of the events that belong to the subject, as a union of index look-ups.
    private static (string Sql, object[] Parameters) Matched(TimelineQuery query)
    {
        var value = TraceKeys.Normalise(query.Kind, query.Value);
        string ByStreamKey() =>
            $"select e.seq_id as seq from {AuditStorage.EventsTable} e join {AuditStorage.StreamKeysTable} s " +
            "on s.stream_id = e.stream_id and e.seq_id >= s.first_seq where s.kind = ? and s.value = ?";
        // Who acted and where: the event table's own columns and headers, each indexed (AuditStorage).
        string ByEventColumn(string column) => $"select e.seq_id as seq from {AuditStorage.EventsTable} e where {column} = ?";

        switch (query.Kind)
        {
            case TraceKeyKinds.Case:
                var caseId = Guid.Parse(value);
                return (
                    $"select e.seq_id as seq from {AuditStorage.EventsTable} e where e.stream_id = ? " +
                    $"union select k.seq_id from {AuditStorage.EventsTable} k " +
                    $"where k.causation_id in (select c.causation_id from {AuditStorage.EventsTable} c " +
                    "where c.stream_id = ? and c.causation_id is not null) " +
                    "union " + ByStreamKey(),
                    [caseId, caseId, TraceKeyKinds.Case, value]);
            // What the outlet or clerk did, and what concerns them (a complaint, a sanction).
            case TraceKeyKinds.Outlet:
                return (ByStreamKey() + " union " + ByEventColumn("(e.headers ->> 'outlet')"), [query.Kind, value, value]);
            case TraceKeyKinds.User:
                return (ByStreamKey() + " union " + ByEventColumn("e.user_name"), [query.Kind, value, value]);
            case TraceKeyKinds.Office:
                return (ByEventColumn("(e.headers ->> 'office')"), [value]);
            case TraceKeyKinds.IdNumber or TraceKeyKinds.Vin or TraceKeyKinds.Plate:
                return (ByStreamKey(), [query.Kind, value]);
            default:
                throw new InvalidFieldException(query.Kind, $"Cannot trace by {query.Kind}.");
        }
    }

    private static (string Where, object[] Parameters) Range(TimelineQuery query)
    {
        var conditions = new List<string>();
        var parameters = new List<object>();
        if (query.From is { } from)
        {
            conditions.Add("e.timestamp >= ?");
            parameters.Add(from.ToUniversalTime()); // timestamptz parameters are written as UTC
        }
        if (query.To is { } to)
        {
            conditions.Add("e.timestamp < ?");
            parameters.Add(to.ToUniversalTime());
        }
        return (conditions.Count == 0 ? "" : "where " + string.Join(" and ", conditions), parameters.ToArray());
    }

    private static TimelineEntry Parse(string row)
    {
        using var json = JsonDocument.Parse(row);
        var r = json.RootElement;
        var headers = r.GetProperty("headers");
        string? Header(string name) =>
            headers.ValueKind == JsonValueKind.Object && headers.TryGetProperty(name, out var v)
                                                      && v.ValueKind == JsonValueKind.String
                ? v.GetString()
                : null;
        string? Text(string name) => r.GetProperty(name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

        var type = r.GetProperty("type").GetString()!;
        var data = r.GetProperty("data").Clone();
        return new TimelineEntry(
            r.GetProperty("seq").GetInt64(),
            r.GetProperty("timestamp").GetDateTimeOffset(),
            type,
            TraceSummaries.For(type, data),
            r.GetProperty("streamId").GetGuid(),
            r.GetProperty("version").GetInt64(),
            Text("user"),
            Header(EventHeaders.Roles),
            Header(EventHeaders.Office),
            Header(EventHeaders.Counter),
            Header(EventHeaders.Outlet),
            Header(EventHeaders.Channel),
            Header(EventHeaders.Command),
            Text("correlation"),
            Text("causation"),
            data);
    }
}
