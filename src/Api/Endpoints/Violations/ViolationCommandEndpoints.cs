using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Application.Violations;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Violations;

/// <summary>Commands on violations: bind, take the actor from the token, dispatch, answer.</summary>
public static class ViolationCommandEndpoints
{
    [WolverinePost("/api/violations", OperationId = "RecordViolation")]
    [Authorize(Policy = Policies.Enforcement)]
    [Tags("Violations")]
    [ProducesResponseType<ViolationVersionResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public static async Task<IResult> Record(RecordViolationRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new RecordViolation(request.ViolationId ?? Guid.CreateVersion7(), request.Plate, request.Place,
            request.OccurredAt, request.Code,
            request.Points ?? throw new InvalidFieldException("points", "The violation's points are required."),
            request.Fine ?? throw new InvalidFieldException("fine", "The fine is required (0 when none)."),
            request.Source, request.RecordedBy, RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<ViolationWritten>(command, http.RequestAborted), created: true);
    }

    [WolverinePost("/api/violations/{id:guid}/review", OperationId = "ReviewViolation")]
    [Authorize(Policy = Policies.Enforcement)]
    [Tags("Violations")]
    public static async Task<IResult> Review(Guid id, ReviewViolationRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new ReviewViolation(id, request.Upheld, request.Reason,
            Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<ViolationWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/violations/{id:guid}/notification", OperationId = "NotifyViolationOwner")]
    [Authorize(Policy = Policies.Enforcement)]
    [Tags("Violations")]
    public static async Task<IResult> Notify(Guid id, NotifyOwnerRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new NotifyViolationOwner(id, request.OwnerIdNumber, request.Method,
            Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<ViolationWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/violations/{id:guid}/objection", OperationId = "ObjectToViolation")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Violations")]
    public static async Task<IResult> Object(Guid id, ObjectionRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new ObjectToViolation(id, request.ObjectorIdNumber, request.Grounds,
            Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<ViolationWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/violations/{id:guid}/objection/decision", OperationId = "DecideViolationObjection")]
    [Authorize(Policy = Policies.Enforcement)]
    [Tags("Violations")]
    public static async Task<IResult> Decide(Guid id, ObjectionDecisionRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new DecideViolationObjection(id, request.Upheld, request.Reason,
            Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<ViolationWritten>(command, http.RequestAborted));
    }

    /// <summary>Handling at a window, a kiosk, online or a post office (from the token); 6 points or more only at a window.</summary>
    [WolverinePost("/api/violations/{id:guid}/handling", OperationId = "HandleViolation")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Violations")]
    [ProducesResponseType<ViolationVersionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public static async Task<IResult> Handle(Guid id, HandleViolationRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new HandleViolation(id, request.DriverIdNumber, Versions.Expected(http, request.ExpectedVersion),
            RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<ViolationWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/violations/{id:guid}/payments", OperationId = "PayViolationFine")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Violations")]
    public static async Task<IResult> Pay(Guid id, PayFineRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new PayViolationFine(id, request.Amount, request.Method, request.Reference,
            Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<ViolationWritten>(command, http.RequestAborted));
    }

    private static IResult Written(HttpContext http, ViolationWritten written, bool created = false)
    {
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        var body = new ViolationVersionResponse(written.Id, written.Version);
        return created ? Results.Created($"/api/violations/{written.Id}", body) : Results.Ok(body);
    }
}
