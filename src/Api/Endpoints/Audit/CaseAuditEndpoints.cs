using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Endpoints.Cases;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Audit;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Audit;

/// <summary>The whole-process trace (全过程留痕) of a case and its state at any past point.</summary>
public static class CaseAuditEndpoints
{
    [WolverineGet("/api/audit/cases/{id:guid}/trace", OperationId = "GetCaseTrace")]
    [Authorize(Policy = Policies.Audit)]
    [Tags("Audit")]
    [ProducesResponseType<IReadOnlyList<TraceEntry>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IReadOnlyList<TraceEntry>> Trace(Guid id, HttpContext http, IQuerySession session)
    {
        var trace = await AuditQueries.StreamTrace(session, id, http.RequestAborted);
        if (trace.Count == 0) throw new NotFoundException($"No case {id}.");
        await PersonalDataDisclosure.Record(http, [id]);
        return trace;
    }

    /// <summary>The case as it stood at a version (?version=N) or an instant (?at=ISO 8601); now if neither.</summary>
    [WolverineGet("/api/audit/cases/{id:guid}/state", OperationId = "GetCaseStateAt")]
    [Authorize(Policy = Policies.Audit)]
    [Tags("Audit")]
    [ProducesResponseType<StateAt<ServiceCase>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<StateAt<ServiceCase>> State(Guid id, string? version, string? at, HttpContext http,
        IQuerySession session)
    {
        if (version is not null && at is not null)
            throw new InvalidFieldException("version", "Give either version or at, not both.");
        long? atVersion = version is null ? null : CaseQueryEndpoints.ParseInt("version", version, 0, 1, int.MaxValue);
        var atInstant = CaseQueryEndpoints.ParseInstant("at", at);

        var state = await AuditQueries.CaseState(session, id, atVersion, atInstant, http.RequestAborted)
                    ?? throw new NotFoundException(atInstant is null && atVersion is null
                        ? $"No case {id}."
                        : $"Case {id} did not exist at that point, or has no such version.");
        await PersonalDataDisclosure.Record(http, [id]);
        return state;
    }

    /// <summary>What changed in the case between two versions (?from=N&amp;to=M), property by property.</summary>
    [WolverineGet("/api/audit/cases/{id:guid}/diff", OperationId = "GetCaseStateDiff")]
    [Authorize(Policy = Policies.Audit)]
    [Tags("Audit")]
    [ProducesResponseType<StateDiff>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<StateDiff> Diff(Guid id, string? from, string? to, HttpContext http, IQuerySession session)
    {
        if (from is null) throw new InvalidFieldException("from", "Give the version to compare from.");
        if (to is null) throw new InvalidFieldException("to", "Give the version to compare to.");
        long fromVersion = CaseQueryEndpoints.ParseInt("from", from, 1, 1, int.MaxValue);
        long toVersion = CaseQueryEndpoints.ParseInt("to", to, 1, 1, int.MaxValue);
        return await StateDiffs.CaseBetween(session, id, fromVersion, toVersion, http.RequestAborted)
               ?? throw new NotFoundException($"Case {id} has no version {fromVersion} or {toVersion}.");
    }
}
