using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Endpoints.Cases;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Supervision;
using TrafficCqrs.Projections.Supervision;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Supervision;

/// <summary>The supervision board (智慧监管): flags raised as events arrive, each with the way to its trace.</summary>
public static class FlagEndpoints
{
    /// <summary>Flags, newest first. Filters: kind (frequent_replacements, outside_office_hours, outlet_volume_spike,
    /// implausibly_fast_case, refused_authorisation_attempts), office, from / to.</summary>
    [WolverineGet("/api/supervision/flags", OperationId = "ListSupervisionFlags")]
    [Authorize(Policy = Policies.Audit)]
    [Tags("Supervision")]
    [ProducesResponseType<Page<SupervisionFlag>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static Task<Page<SupervisionFlag>> List(string? kind, string? office, string? from, string? to, string? page,
        string? pageSize, HttpContext http, IQuerySession session) =>
        SupervisionQueries.Flags(session, kind, office, CaseQueryEndpoints.ParseInstant("from", from),
            CaseQueryEndpoints.ParseInstant("to", to), CaseQueryEndpoints.ParseInt("page", page, 1, 1, int.MaxValue),
            CaseQueryEndpoints.ParseInt("pageSize", pageSize, 20, 1, SupervisionQueries.MaxPageSize), http.RequestAborted);
}
