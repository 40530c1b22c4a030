using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Application.WindowService;
using TrafficCqrs.Domain.WindowService;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.WindowService;

/// <summary>Counter boards (窗口看板): an office's day by counter, and a clerk's day.</summary>
public static class BoardEndpoints
{
    /// <summary>The office's board for a day (?day=yyyy-MM-dd, the office's today when absent).</summary>
    [WolverineGet("/api/boards/offices/{office}", OperationId = "GetOfficeBoard")]
    [Authorize(Policy = Policies.Boards)]
    [Tags("Boards")]
    [ProducesResponseType<OfficeBoard>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static Task<OfficeBoard> Office(string office, string? day, HttpContext http, IQuerySession session,
        TimeProvider clock) =>
        BoardQueries.Office(session, RequestContext.For(http).Actor, office, ParseDay(day, clock), http.RequestAborted);

    /// <summary>A clerk's figures for a day (?day=yyyy-MM-dd, the office's today when absent).</summary>
    [WolverineGet("/api/boards/clerks/{user}", OperationId = "GetClerkBoard")]
    [Authorize(Policy = Policies.Boards)]
    [Tags("Boards")]
    [ProducesResponseType<ClerkBoard>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static Task<ClerkBoard> Clerk(string user, string? day, HttpContext http, IQuerySession session,
        TimeProvider clock) =>
        BoardQueries.Clerk(session, RequestContext.For(http).Actor, user, ParseDay(day, clock), http.RequestAborted);

    private static DateOnly ParseDay(string? value, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(value)) return QueueRules.OfficeDay(clock.GetUtcNow());
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        throw new InvalidFieldException("day", "Expected a date, yyyy-MM-dd, e.g. 2026-11-26.");
    }
}
