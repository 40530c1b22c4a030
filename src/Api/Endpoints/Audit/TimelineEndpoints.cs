using System.Text.Json.Nodes;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Endpoints.Cases;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Audit;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Supervision;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Audit;

/// <summary>One timeline for whatever a supervisor asks about (全过程留痕), readable or exported.</summary>
public static class TimelineEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Every event related to one subject — caseId, idNumber, vin, plate, outlet, user or office —
    /// across all streams in global order; from / to (ISO 8601) limit the time. format=json (paged,
    /// the default), jsonl or csv (the whole timeline, for offline review).
    /// </summary>
    [WolverineGet("/api/audit/timeline", OperationId = "GetTimeline")]
    [Authorize(Policy = Policies.Audit)]
    [Tags("Audit")]
    [ProducesResponseType<Page<TimelineEntry>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Get(string? caseId, string? idNumber, string? vin, string? plate, string? outlet,
        string? user, string? office, string? from, string? to, string? page, string? pageSize, string? format,
        HttpContext http, IQuerySession session)
    {
        var subjects = new (string Field, string Kind, string? Value)[]
            {
                ("caseId", TraceKeyKinds.Case, caseId), ("idNumber", TraceKeyKinds.IdNumber, idNumber),
                ("vin", TraceKeyKinds.Vin, vin), ("plate", TraceKeyKinds.Plate, plate),
                ("outlet", TraceKeyKinds.Outlet, outlet), ("user", TraceKeyKinds.User, user),
                ("office", TraceKeyKinds.Office, office),
            }
            .Where(s => !string.IsNullOrWhiteSpace(s.Value)).ToList();
        if (subjects.Count == 0)
            throw new InvalidFieldException("subject", "Give one of caseId, idNumber, vin, plate, outlet, user, office.");
        if (subjects.Count > 1)
            throw new InvalidFieldException(subjects[1].Field, $"Give only one subject; {subjects[0].Field} is already given.");
        var subject = subjects[0];
        if (subject.Kind == TraceKeyKinds.Case && !Guid.TryParse(subject.Value, out _))
            throw new InvalidFieldException("caseId", "Expected a case id (a GUID).");

        var query = new TimelineQuery(subject.Kind, subject.Value!,
            CaseQueryEndpoints.ParseInstant("from", from), CaseQueryEndpoints.ParseInstant("to", to));
        switch (format?.ToLowerInvariant())
        {
            case null or "" or "json":
                var pageNumber = CaseQueryEndpoints.ParseInt("page", page, 1, 1, int.MaxValue);
                var size = CaseQueryEndpoints.ParseInt("pageSize", pageSize, 50, 1, Timeline.MaxPageSize);
                return Results.Ok(await Timeline.Read(session, query, pageNumber, size, http.RequestAborted));
            case "jsonl":
                return Export(http, "application/x-ndjson", "jsonl", async writer =>
                {
                    await foreach (var entry in Timeline.All(session, query, http.RequestAborted))
                        await writer.WriteLineAsync(JsonSerializer.Serialize(ForExport(entry), Json));
                });
            case "csv":
                return Export(http, "text/csv", "csv", async writer =>
                {
                    await writer.WriteLineAsync(string.Join(',', CsvHeader));
                    await foreach (var entry in Timeline.All(session, query, http.RequestAborted))
                        await writer.WriteLineAsync(string.Join(',', CsvRow(ForExport(entry)).Select(Csv)));
                });
            default:
                throw new InvalidFieldException("format", "Format must be json, jsonl or csv.");
        }
    }

    /// <summary>
    /// An export leaves the system for offline review: ID numbers, names, phones and addresses in
    /// the event data are masked (the summaries already are).
    /// </summary>
    private static TimelineEntry ForExport(TimelineEntry entry)
    {
        var masked = PersonalData.MaskAll(JsonNode.Parse(entry.Data.GetRawText()));
        return entry with { Data = JsonSerializer.SerializeToElement(masked) };
    }

    private static readonly string[] CsvHeader =
    [
        "sequence", "timestamp", "eventType", "summary", "streamId", "version", "userName", "roles", "office",
        "counter", "outlet", "channel", "command", "correlationId", "causationId", "data",
    ];

    private static IEnumerable<string?> CsvRow(TimelineEntry e) =>
    [
        e.Sequence.ToString(CultureInfo.InvariantCulture), e.Timestamp.ToString("O", CultureInfo.InvariantCulture),
        e.EventType, e.Summary, e.StreamId.ToString(), e.Version.ToString(CultureInfo.InvariantCulture), e.UserName,
        e.Roles, e.Office, e.Counter, e.Outlet, e.Channel, e.Command, e.CorrelationId, e.CausationId,
        e.Data.GetRawText(),
    ];

    // RFC 4180: quote when needed, double the quotes inside.
    private static string Csv(string? value) =>
        value is null ? ""
        : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\""
        : value;

    private static IResult Export(HttpContext http, string contentType, string extension, Func<StreamWriter, Task> write)
    {
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"timeline.{extension}\"";
        return Results.Stream(async stream =>
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            await write(writer);
        }, contentType);
    }
}
