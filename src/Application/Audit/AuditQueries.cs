using JasperFx.Events;
using Marten;
using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Application.Audit;

/// <summary>One stored event as an auditor reads it: the fact, and who / where / why.</summary>
public sealed record TraceEntry(
    long Sequence,
    long Version,
    Guid StreamId,
    string EventType,
    DateTimeOffset Timestamp,
    object Data,
    string? UserName,
    string? CorrelationId,
    string? CausationId,
    IReadOnlyDictionary<string, object>? Headers);

public sealed record StateAt<T>(Guid Id, long Version, T State);

public static class AuditQueries
{
    public static async Task<IReadOnlyList<TraceEntry>> StreamTrace(IQuerySession session, Guid streamId,
        CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: cancellation);
        return events.Select(ToEntry).ToList();
    }

    /// <summary>The case as it was at a version, or at an instant; null if it did not exist then.</summary>
    public static async Task<StateAt<ServiceCase>?> CaseState(IQuerySession session, Guid caseId, long? version,
        DateTimeOffset? at, CancellationToken cancellation)
    {
        var state = version is { } v
            ? await session.Events.AggregateStreamAsync<ServiceCase>(caseId, version: v, token: cancellation)
            : await session.Events.AggregateStreamAsync<ServiceCase>(caseId, timestamp: at, token: cancellation);
        return state is null ? null : new StateAt<ServiceCase>(caseId, state.Version, state);
    }

    public static TraceEntry ToEntry(IEvent e) => new(
        e.Sequence,
        e.Version,
        e.StreamId,
        e.EventTypeName,
        e.Timestamp,
        e.Data,
        e.UserName,
        e.CorrelationId,
        e.CausationId,
        e.Headers);
}
