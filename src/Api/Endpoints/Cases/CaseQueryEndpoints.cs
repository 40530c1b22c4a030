using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Cases;

/// <summary>The case list and a single case, read from the case read model.</summary>
public static class CaseQueryEndpoints
{
    [WolverineGet("/api/cases/{id:guid}", OperationId = "GetCase")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Cases")]
    [ProducesResponseType<CaseView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid id, HttpContext http, IQuerySession session)
    {
        var summary = await CaseQueries.Get(session, id, http.RequestAborted)
                      ?? throw new NotFoundException($"No case {id}.");
        var actor = ActorFactory.FromPrincipal(http.User);
        var scope = new CaseScope(summary.Office, summary.Outlet, summary.BusinessType);
        CaseAccess.EnsureMayRead(actor, scope);
        http.Response.Headers.ETag = Versions.ETag(summary.Version);
        return await PersonalDataDisclosure.Show(http, summary, CaseAccess.DisclosureFor(actor, scope), summary.Id);
    }

    /// <summary>Cases, newest first. Filters: status, businessType, office, from / to (opening time, ISO 8601).</summary>
    [WolverineGet("/api/cases", OperationId = "ListCases")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Cases")]
    [ProducesResponseType<Page<CaseView>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> List(string? status, string? businessType, string? office, string? from,
        string? to, string? page, string? pageSize, HttpContext http, IQuerySession session)
    {
        var actor = ActorFactory.FromPrincipal(http.User);
        var filter = new CaseFilter(
            ParseStatus(status),
            businessType,
            office,
            ParseInstant("from", from),
            ParseInstant("to", to));
        var pageNumber = ParseInt("page", page, 1, 1, int.MaxValue);
        var size = ParseInt("pageSize", pageSize, 20, 1, CaseQueries.MaxPageSize);
        var found = await CaseQueries.List(session, CaseAccess.ScopeList(actor, filter), pageNumber, size, http.RequestAborted);
        return await PersonalDataDisclosure.Show(http, found, CaseAccess.ListDisclosureFor(actor), found.Items.Select(c => c.Id));
    }

    private static CaseStatus? ParseStatus(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Enum.TryParse<CaseStatus>(value, ignoreCase: true, out var status) && Enum.IsDefined(status)
            && !int.TryParse(value, out _))
            return status;
        throw new InvalidFieldException("status",
            $"Status must be one of: {string.Join(", ", Enum.GetNames<CaseStatus>())}.");
    }

    internal static DateTimeOffset? ParseInstant(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            return instant;
        throw new InvalidFieldException(field, "Expected an ISO 8601 date or timestamp, e.g. 2026-11-26T09:30:00+08:00.");
    }

    internal static int ParseInt(string field, string? value, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        throw new InvalidFieldException(field, $"Expected a whole number from {min} to {max}.");
    }
}
