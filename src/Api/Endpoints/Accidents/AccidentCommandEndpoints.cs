using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Accidents;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Accidents;

/// <summary>Fast accident settlement (快处快赔): report, responsibility, assessment, settlement.</summary>
public static class AccidentCommandEndpoints
{
    /// <summary>Reports a property-only accident; 422 with the cause's code where the police must attend.</summary>
    [WolverinePost("/api/accidents", OperationId = "ReportAccident")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Accidents")]
    [ProducesResponseType<AccidentVersionResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public static async Task<IResult> Report(ReportAccidentRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new ReportAccident(request.AccidentId ?? Guid.CreateVersion7(), request.OccurredAt, request.Place,
            request.AnyoneInjured, request.Parties, RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<AccidentWritten>(command, http.RequestAborted), created: true);
    }

    [WolverinePost("/api/accidents/{id:guid}/responsibility/agreement", OperationId = "AgreeAccidentResponsibility")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Accidents")]
    public static async Task<IResult> Agree(Guid id, ResponsibilityRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new AgreeResponsibility(id, request.Shares, Versions.Expected(http, request.ExpectedVersion),
            RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<AccidentWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/accidents/{id:guid}/responsibility/police-request", OperationId = "RequestPoliceDecision")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Accidents")]
    public static async Task<IResult> RequestPolice(Guid id, PoliceDecisionRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new RequestPoliceDecision(id, request.RequestedBy, Versions.Expected(http, request.ExpectedVersion),
            RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<AccidentWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/accidents/{id:guid}/responsibility/decision", OperationId = "DecideAccidentResponsibility")]
    [Authorize(Policy = Policies.Enforcement)]
    [Tags("Accidents")]
    public static async Task<IResult> Decide(Guid id, ResponsibilityRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new DecideResponsibility(id, request.Shares, request.Reason,
            Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<AccidentWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/accidents/{id:guid}/assessments", OperationId = "AssessAccidentDamage")]
    [Authorize(Policy = Policies.InsurerWork)]
    [Tags("Accidents")]
    public static async Task<IResult> Assess(Guid id, AssessmentRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new AssessDamage(id, AccidentCallers.Insurer(http), request.Plate, request.Amount,
            Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<AccidentWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/accidents/{id:guid}/settlements", OperationId = "SettleAccidentClaim")]
    [Authorize(Policy = Policies.InsurerWork)]
    [Tags("Accidents")]
    public static async Task<IResult> Settle(Guid id, SettlementRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new SettleClaim(id, AccidentCallers.Insurer(http), request.Plate, request.Amount, request.Reference,
            Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<AccidentWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/accidents/{id:guid}/court-referrals", OperationId = "ReferAccidentToCourt")]
    [Authorize(Policy = Policies.Enforcement)]
    [Tags("Accidents")]
    public static async Task<IResult> Refer(Guid id, CourtReferralRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new ReferAccidentToCourt(id, request.Court, Versions.Expected(http, request.ExpectedVersion),
            RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<AccidentWritten>(command, http.RequestAborted));
    }

    private static IResult Written(HttpContext http, AccidentWritten written, bool created = false)
    {
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        var body = new AccidentVersionResponse(written.Id, written.Version);
        return created ? Results.Created($"/api/accidents/{written.Id}", body) : Results.Ok(body);
    }
}
