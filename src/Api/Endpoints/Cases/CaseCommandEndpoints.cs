using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Cases;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Cases;

/// <summary>Commands on service cases: bind, take the actor from the token, dispatch, answer.</summary>
public static class CaseCommandEndpoints
{
    [WolverinePost("/api/cases", OperationId = "OpenCase")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Cases")]
    [ProducesResponseType<CaseVersionResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<IResult> Open(OpenCaseRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new OpenCase(request.CaseId ?? Guid.CreateVersion7(), request.BusinessType ?? "",
            request.ApplicantIdNumber ?? "", RequestContext.For(http), request.Subject, request.Details);
        var written = await bus.InvokeAsync<CaseWritten>(command, http.RequestAborted);
        return Written(http, written, created: true);
    }

    [WolverinePost("/api/cases/{id:guid}/accept", OperationId = "AcceptCase")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Cases")]
    public static async Task<IResult> Accept(Guid id, HttpContext http, IMessageBus bus)
    {
        var command = new AcceptCase(id, Versions.Expected(http, null), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<CaseWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/cases/{id:guid}/payments", OperationId = "RecordCasePayment")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Cases")]
    public static async Task<IResult> Pay(Guid id, RecordPaymentRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new RecordPayment(id, request.Amount ?? 0m, request.Method ?? "", request.Reference ?? "",
            Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<CaseWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/cases/{id:guid}/complete", OperationId = "CompleteCase")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Cases")]
    public static async Task<IResult> Complete(Guid id, HttpContext http, IMessageBus bus)
    {
        var command = new CompleteCase(id, Versions.Expected(http, null), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<CaseWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/cases/{id:guid}/reject", OperationId = "RejectCase")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Cases")]
    public static async Task<IResult> Reject(Guid id, RejectCaseRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new RejectCase(id, request.Reason ?? "", Versions.Expected(http, request.ExpectedVersion),
            RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<CaseWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/cases/{id:guid}/withdraw", OperationId = "WithdrawCase")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Cases")]
    public static async Task<IResult> Withdraw(Guid id, WithdrawCaseRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new WithdrawCase(id, request.Reason, Versions.Expected(http, request.ExpectedVersion),
            RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<CaseWritten>(command, http.RequestAborted));
    }

    private static IResult Written(HttpContext http, CaseWritten written, bool created = false)
    {
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        var body = new CaseVersionResponse(written.Id, written.Version);
        return created ? Results.Created($"/api/cases/{written.Id}", body) : Results.Ok(body);
    }
}
