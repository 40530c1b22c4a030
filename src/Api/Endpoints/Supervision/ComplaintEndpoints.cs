using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Endpoints.Cases;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Application.Supervision;
using TrafficCqrs.Domain.Supervision;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Supervision;

/// <summary>Consultations, complaints and reports (咨询、投诉、举报): filed, assigned, answered on time.</summary>
public static class ComplaintEndpoints
{
    [WolverinePost("/api/supervision/complaints", OperationId = "FileComplaint")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Supervision")]
    [ProducesResponseType<SupervisionVersionResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public static async Task<IResult> File(FileComplaintRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new FileComplaint(request.ComplaintId ?? Guid.CreateVersion7(), request.Kind ?? "",
            request.Channel, request.Text ?? "", request.CaseId, request.Clerk, request.Outlet,
            request.ComplainantIdNumber, request.Contact, RequestContext.For(http));
        var written = await bus.InvokeAsync<SupervisionWritten>(command, http.RequestAborted);
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        return Results.Created($"/api/supervision/complaints/{written.Id}",
            new SupervisionVersionResponse(written.Id, written.Version));
    }

    [WolverinePost("/api/supervision/complaints/{id:guid}/assign", OperationId = "AssignComplaint")]
    [Authorize(Policy = Policies.Supervise)]
    [Tags("Supervision")]
    public static async Task<IResult> Assign(Guid id, AssignComplaintRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new AssignComplaint(id, request.Handler ?? "", Versions.Expected(http, request.ExpectedVersion),
            RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<SupervisionWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/supervision/complaints/{id:guid}/answer", OperationId = "AnswerComplaint")]
    [Authorize(Policy = Policies.Supervise)]
    [Tags("Supervision")]
    public static async Task<IResult> Answer(Guid id, AnswerComplaintRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new AnswerComplaint(id, request.Answer ?? "", request.Substantiated,
            Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<SupervisionWritten>(command, http.RequestAborted));
    }

    [WolverineGet("/api/supervision/complaints/{id:guid}", OperationId = "GetComplaint")]
    [Authorize(Policy = Policies.Audit)]
    [Tags("Supervision")]
    [ProducesResponseType<ComplaintBoardItem>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<ComplaintBoardItem> Get(Guid id, HttpContext http, IQuerySession session, TimeProvider clock) =>
        await SupervisionQueries.FindComplaint(session, id, clock.GetUtcNow(), http.RequestAborted)
        ?? throw new NotFoundException($"No complaint {id}.");

    /// <summary>
    /// The complaint board, soonest due first. Filters: status (Filed, Assigned, Answered), overdue
    /// (true / false), office; asOf (ISO 8601, default now) is the instant overdue is judged at.
    /// </summary>
    [WolverineGet("/api/supervision/complaints", OperationId = "ListComplaints")]
    [Authorize(Policy = Policies.Audit)]
    [Tags("Supervision")]
    [ProducesResponseType<Page<ComplaintBoardItem>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static Task<Page<ComplaintBoardItem>> List(string? status, string? overdue, string? office, string? asOf,
        string? page, string? pageSize, HttpContext http, IQuerySession session, TimeProvider clock)
    {
        ComplaintStatus? parsedStatus = null;
        if (!string.IsNullOrWhiteSpace(status))
            parsedStatus = Enum.TryParse<ComplaintStatus>(status, true, out var s) && Enum.IsDefined(s) && !int.TryParse(status, out _)
                ? s
                : throw new InvalidFieldException("status", $"Status must be one of: {string.Join(", ", Enum.GetNames<ComplaintStatus>())}.");
        bool? parsedOverdue = string.IsNullOrWhiteSpace(overdue) ? null
            : bool.TryParse(overdue, out var o) ? o
            : throw new InvalidFieldException("overdue", "Expected true or false.");
        var filter = new ComplaintFilter(parsedStatus, parsedOverdue, office,
            CaseQueryEndpoints.ParseInstant("asOf", asOf) ?? clock.GetUtcNow());
        return SupervisionQueries.Complaints(session, filter,
            CaseQueryEndpoints.ParseInt("page", page, 1, 1, int.MaxValue),
            CaseQueryEndpoints.ParseInt("pageSize", pageSize, 20, 1, SupervisionQueries.MaxPageSize), http.RequestAborted);
    }

    private static IResult Written(HttpContext http, SupervisionWritten written)
    {
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        return Results.Ok(new SupervisionVersionResponse(written.Id, written.Version));
    }
}
