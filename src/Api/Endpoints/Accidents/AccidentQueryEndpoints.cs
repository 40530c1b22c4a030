using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Accidents;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Accidents;
using TrafficCqrs.Projections.Accidents;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Accidents;

/// <summary>Accident cases with their state. Insurers and courts see only those that concern them.</summary>
public static class AccidentQueryEndpoints
{
    [WolverineGet("/api/accidents/{id:guid}", OperationId = "GetAccident")]
    [Authorize(Policy = Policies.AccidentRead)]
    [Tags("Accidents")]
    [ProducesResponseType<AccidentCaseView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid id, HttpContext http, IQuerySession session)
    {
        var view = await AccidentQueries.Get(session, id, AccidentCallers.Viewer(http), http.RequestAborted)
                   ?? throw new NotFoundException($"No accident {id}.");
        http.Response.Headers.ETag = Versions.ETag(view.Version);
        return Results.Ok(view);
    }

    /// <summary>Accident cases, newest first: an insurer's or a court's own; staff may filter by ?insurer= and ?status=.</summary>
    [WolverineGet("/api/accidents", OperationId = "ListAccidents")]
    [Authorize(Policy = Policies.AccidentRead)]
    [Tags("Accidents")]
    [ProducesResponseType<IReadOnlyList<AccidentCaseView>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static Task<IReadOnlyList<AccidentCaseView>> List(string? insurer, string? status, HttpContext http,
        IQuerySession session) =>
        AccidentQueries.List(session, AccidentCallers.Viewer(http), insurer, ParseStatus(status), http.RequestAborted);

    private static AccidentStatus? ParseStatus(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Enum.TryParse<AccidentStatus>(value, ignoreCase: true, out var status) && Enum.IsDefined(status)
            && !int.TryParse(value, out _))
            return status;
        throw new InvalidFieldException("status",
            $"Status must be one of: {string.Join(", ", Enum.GetNames<AccidentStatus>())}.");
    }
}
