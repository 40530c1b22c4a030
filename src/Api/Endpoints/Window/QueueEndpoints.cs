using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Endpoints.Cases;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Application.WindowService;
using TrafficCqrs.Projections.WindowService;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.WindowService;

/// <summary>The office queue (取号 → 叫号 → 受理 → 办结): one ticket, one counter, one case.</summary>
public static class QueueEndpoints
{
    [WolverinePost("/api/queue/tickets", OperationId = "IssueTicket")]
    [Authorize(Policy = Policies.Queue)]
    [Tags("Queue")]
    [ProducesResponseType<TicketResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Issue(IssueTicketRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new IssueTicket(request.TicketId ?? Guid.CreateVersion7(), request.BusinessType ?? "",
            RequestContext.For(http));
        var written = await bus.InvokeAsync<TicketWritten>(command, http.RequestAborted);
        return Ticket(http, written, created: true);
    }

    [WolverineGet("/api/queue/tickets/{id:guid}", OperationId = "GetTicket")]
    [Authorize(Policy = Policies.Queue)]
    [Tags("Queue")]
    [ProducesResponseType<QueueTicketView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid id, HttpContext http, IQuerySession session)
    {
        var ticket = await BoardQueries.Ticket(session, id, http.RequestAborted)
                     ?? throw new NotFoundException($"No queue ticket {id}.");
        http.Response.Headers.ETag = Versions.ETag(ticket.Version);
        return Results.Ok(ticket);
    }

    [WolverinePost("/api/queue/tickets/{id:guid}/call", OperationId = "CallTicket")]
    [Authorize(Policy = Policies.Counter)]
    [Tags("Queue")]
    public static async Task<IResult> Call(Guid id, HttpContext http, IMessageBus bus) =>
        Ticket(http, await bus.InvokeAsync<TicketWritten>(new CallTicket(id, RequestContext.For(http)), http.RequestAborted));

    /// <summary>Opens the case of a called ticket at its counter: 201 with the case's location.</summary>
    [WolverinePost("/api/queue/tickets/{id:guid}/case", OperationId = "OpenCaseFromTicket")]
    [Authorize(Policy = Policies.Counter)]
    [Tags("Queue")]
    [ProducesResponseType<CaseVersionResponse>(StatusCodes.Status201Created)]
    public static async Task<IResult> OpenCase(Guid id, OpenCaseFromTicketRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new OpenCaseFromTicket(id, request.CaseId ?? Guid.CreateVersion7(), request.ApplicantIdNumber ?? "",
            RequestContext.For(http), request.Subject, request.Details);
        var written = await bus.InvokeAsync<CaseWritten>(command, http.RequestAborted);
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        return Results.Created($"/api/cases/{written.Id}", new CaseVersionResponse(written.Id, written.Version));
    }

    /// <summary>The applicant came back on this ticket for a case that was waiting for them.</summary>
    [WolverinePost("/api/queue/tickets/{id:guid}/resume", OperationId = "ResumeCaseFromTicket")]
    [Authorize(Policy = Policies.Counter)]
    [Tags("Queue")]
    [ProducesResponseType<CaseVersionResponse>(StatusCodes.Status200OK)]
    public static async Task<IResult> Resume(Guid id, ResumeCaseRequest request, HttpContext http, IMessageBus bus)
    {
        var caseId = request.CaseId ?? throw new InvalidFieldException("caseId", "The case the applicant came back for is required.");
        var command = new ResumeCaseFromTicket(id, caseId, Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        var written = await bus.InvokeAsync<CaseWritten>(command, http.RequestAborted);
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        return Results.Ok(new CaseVersionResponse(written.Id, written.Version));
    }

    /// <summary>Ends the visit with the case unfinished: the applicant must come back, for the reason given.</summary>
    [WolverinePost("/api/queue/tickets/{id:guid}/return-visit", OperationId = "RequireReturnVisit")]
    [Authorize(Policy = Policies.Counter)]
    [Tags("Queue")]
    public static async Task<IResult> ReturnVisit(Guid id, ReturnVisitRequest request, HttpContext http, IMessageBus bus) =>
        Ticket(http, await bus.InvokeAsync<TicketWritten>(
            new RequireReturnVisit(id, request.Reason ?? "", RequestContext.For(http)), http.RequestAborted));

    [WolverinePost("/api/queue/tickets/{id:guid}/serve", OperationId = "ServeTicket")]
    [Authorize(Policy = Policies.Counter)]
    [Tags("Queue")]
    public static async Task<IResult> Serve(Guid id, HttpContext http, IMessageBus bus) =>
        Ticket(http, await bus.InvokeAsync<TicketWritten>(new ServeTicket(id, RequestContext.For(http)), http.RequestAborted));

    [WolverinePost("/api/queue/tickets/{id:guid}/no-show", OperationId = "MarkTicketNoShow")]
    [Authorize(Policy = Policies.Counter)]
    [Tags("Queue")]
    public static async Task<IResult> NoShow(Guid id, HttpContext http, IMessageBus bus) =>
        Ticket(http, await bus.InvokeAsync<TicketWritten>(new MarkNoShow(id, RequestContext.For(http)), http.RequestAborted));

    private static IResult Ticket(HttpContext http, TicketWritten written, bool created = false)
    {
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        var body = new TicketResponse(written.Id, written.Number, written.Day, written.Version);
        return created ? Results.Created($"/api/queue/tickets/{written.Id}", body) : Results.Ok(body);
    }
}
