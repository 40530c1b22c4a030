using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Application.Outlets;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Outlets;

/// <summary>The office's commissioned outlets (代办网点): commission, suspend, resume, change, end; and the board.</summary>
public static class OutletEndpoints
{
    [WolverinePost("/api/outlets", OperationId = "CommissionOutlet")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Outlets")]
    [ProducesResponseType<OutletVersionResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public static async Task<IResult> Commission(CommissionOutletRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new CommissionOutlet(request.Code ?? "", request.Name ?? "", request.Kind ?? "",
            request.BusinessTypes, request.Staff, request.ValidFrom, request.ValidUntil, RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<OutletWritten>(command, http.RequestAborted), created: true);
    }

    [WolverinePost("/api/outlets/{code}/suspend", OperationId = "SuspendOutlet")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Outlets")]
    public static async Task<IResult> Suspend(string code, OutletReasonRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new SuspendOutlet(code, request.Reason, Versions.Expected(http, request.ExpectedVersion),
            RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<OutletWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/outlets/{code}/resume", OperationId = "ResumeOutlet")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Outlets")]
    public static async Task<IResult> Resume(string code, HttpContext http, IMessageBus bus)
    {
        var command = new ResumeOutlet(code, Versions.Expected(http, null), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<OutletWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/outlets/{code}/authorisations", OperationId = "ChangeOutletAuthorisations")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Outlets")]
    public static async Task<IResult> ChangeAuthorisations(string code, OutletAuthorisationsRequest request,
        HttpContext http, IMessageBus bus)
    {
        var command = new ChangeOutletAuthorisations(code, request.BusinessTypes,
            Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<OutletWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/outlets/{code}/staff", OperationId = "ChangeOutletStaff")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Outlets")]
    public static async Task<IResult> ChangeStaff(string code, OutletStaffRequest request, HttpContext http,
        IMessageBus bus)
    {
        var command = new ChangeOutletStaff(code, request.Staff, Versions.Expected(http, request.ExpectedVersion),
            RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<OutletWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/outlets/{code}/end", OperationId = "EndOutletCommission")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Outlets")]
    public static async Task<IResult> End(string code, OutletReasonRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new EndOutletCommission(code, request.Reason, Versions.Expected(http, request.ExpectedVersion),
            RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<OutletWritten>(command, http.RequestAborted));
    }

    /// <summary>The office's outlets with their commission and today's activity; ?office= defaults to the caller's.</summary>
    [WolverineGet("/api/outlets", OperationId = "ListOutlets")]
    [Authorize(Policy = Policies.OutletRead)]
    [Tags("Outlets")]
    [ProducesResponseType<IReadOnlyList<OutletBoardEntry>>(StatusCodes.Status200OK)]
    public static Task<IReadOnlyList<OutletBoardEntry>> List(string? office, HttpContext http, IQuerySession session,
        TimeProvider clock) =>
        OutletQueries.ForOffice(session, string.IsNullOrWhiteSpace(office) ? ActorFactory.FromPrincipal(http.User).Office : office,
            clock.GetUtcNow(), http.RequestAborted);

    [WolverineGet("/api/outlets/{code}", OperationId = "GetOutlet")]
    [Authorize(Policy = Policies.OutletRead)]
    [Tags("Outlets")]
    [ProducesResponseType<OutletBoardEntry>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(string code, HttpContext http, IQuerySession session, TimeProvider clock)
    {
        var entry = await OutletQueries.Get(session, code, clock.GetUtcNow(), http.RequestAborted)
                    ?? throw new NotFoundException($"No commissioned outlet {code}.");
        http.Response.Headers.ETag = Versions.ETag(entry.Version);
        return Results.Ok(entry);
    }

    private static IResult Written(HttpContext http, OutletWritten written, bool created = false)
    {
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        var body = new OutletVersionResponse(written.Id, written.Code, written.Version);
        return created ? Results.Created($"/api/outlets/{Uri.EscapeDataString(written.Code)}", body) : Results.Ok(body);
    }
}
