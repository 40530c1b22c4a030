using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Endpoints.Cases;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Application.Supervision;
using TrafficCqrs.Domain.Supervision;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Supervision;

/// <summary>The standing of an outlet, inspection station or exam venue at an instant.</summary>
public sealed record SanctionStandingResponse(SanctionStanding Standing, SanctionRecord? Record);

/// <summary>
/// Oversight of outlets, inspection stations and exam venues (事中事后监管): spot checks and
/// call-backs, suspensions and blacklisting (失信联合惩戒). Routes name the target as
/// /{targetKind}/{targetCode}, kind one of outlet, inspection_station, exam_venue.
/// </summary>
public static class SanctionEndpoints
{
    [WolverinePost("/api/supervision/targets/{targetKind}/{targetCode}/inspections", OperationId = "RecordInspection")]
    [Authorize(Policy = Policies.Supervise)]
    [Tags("Supervision")]
    [ProducesResponseType<SupervisionVersionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<SupervisionVersionResponse> Inspect(string targetKind, string targetCode,
        RecordInspectionRequest request, HttpContext http, IMessageBus bus)
    {
        var written = await bus.InvokeAsync<SupervisionWritten>(new RecordInspection(targetKind, targetCode,
            request.Kind ?? "", request.CaseId, request.Findings ?? "", request.Compliant, Hosting.RequestContext.For(http)),
            http.RequestAborted);
        return new SupervisionVersionResponse(written.Id, written.Version);
    }

    [WolverinePost("/api/supervision/targets/{targetKind}/{targetCode}/sanctions", OperationId = "ImposeSanction")]
    [Authorize(Policy = Policies.Supervise)]
    [Tags("Supervision")]
    [ProducesResponseType<SanctionImposedResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public static async Task<IResult> Impose(string targetKind, string targetCode, ImposeSanctionRequest request,
        HttpContext http, IMessageBus bus)
    {
        var written = await bus.InvokeAsync<SanctionWritten>(new ImposeSanction(targetKind, targetCode,
            request.Measure ?? "", request.Reason ?? "", request.From, request.Until, Hosting.RequestContext.For(http)),
            http.RequestAborted);
        return Results.Created($"/api/supervision/targets/{targetKind}/{targetCode}",
            new SanctionImposedResponse(written.RecordId, written.SanctionId, written.Version));
    }

    [WolverinePost("/api/supervision/targets/{targetKind}/{targetCode}/sanctions/{sanctionId:guid}/lift",
        OperationId = "LiftSanction")]
    [Authorize(Policy = Policies.Supervise)]
    [Tags("Supervision")]
    [ProducesResponseType<SupervisionVersionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public static async Task<SupervisionVersionResponse> Lift(string targetKind, string targetCode, Guid sanctionId,
        LiftSanctionRequest request, HttpContext http, IMessageBus bus)
    {
        var written = await bus.InvokeAsync<SupervisionWritten>(new LiftSanction(targetKind, targetCode, sanctionId,
            request.Reason ?? "", Hosting.RequestContext.For(http)), http.RequestAborted);
        return new SupervisionVersionResponse(written.Id, written.Version);
    }

    /// <summary>Whether the target may do business at an instant (?at=ISO 8601, default now), and its record.</summary>
    [WolverineGet("/api/supervision/targets/{targetKind}/{targetCode}", OperationId = "GetSanctionStanding")]
    [Authorize(Policy = Policies.Audit)]
    [Tags("Supervision")]
    [ProducesResponseType<SanctionStandingResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<SanctionStandingResponse> Standing(string targetKind, string targetCode, string? at,
        HttpContext http, IQuerySession session, ISanctionRegister register, TimeProvider clock)
    {
        if (!SanctionTargetKinds.All.Contains(targetKind))
            throw new InvalidFieldException("targetKind", $"Target kind must be one of: {string.Join(", ", SanctionTargetKinds.All)}.");
        var instant = CaseQueryEndpoints.ParseInstant("at", at) ?? clock.GetUtcNow();
        var standing = await register.StandingAsync(targetKind, targetCode, instant, http.RequestAborted, session.TenantId);
        return new SanctionStandingResponse(standing,
            await SupervisionQueries.Record(session, targetKind, targetCode, http.RequestAborted));
    }
}
