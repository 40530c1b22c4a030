using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Application.WindowService;
using TrafficCqrs.Domain.Catalogue;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Catalogue;

/// <summary>A business type as an administrator sends it; every field is required except the flags.</summary>
public sealed record BusinessTypeRequest(
    string? Code,
    string? NameZh,
    string? NameEn,
    string? Area,
    bool IdOnly,
    decimal Fee,
    List<string>? Channels,
    bool AgentAllowed,
    bool AnyOffice,
    List<string>? InternalChecks);

/// <summary>The office's business catalogue (业务目录): what it offers, where, for what fee, checked how.</summary>
public static class CatalogueEndpoints
{
    [WolverineGet("/api/catalogue", OperationId = "ListBusinessTypes")]
    [Authorize(Policy = Policies.CatalogueRead)]
    [Tags("Catalogue")]
    [ProducesResponseType<IReadOnlyList<BusinessType>>(StatusCodes.Status200OK)]
    public static Task<IReadOnlyList<BusinessType>> List(HttpContext http, IQuerySession session) =>
        CatalogueStore.All(session, http.RequestAborted);

    [WolverineGet("/api/catalogue/{code}", OperationId = "GetBusinessType")]
    [Authorize(Policy = Policies.CatalogueRead)]
    [Tags("Catalogue")]
    [ProducesResponseType<BusinessType>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<BusinessType> Get(string code, HttpContext http, IQuerySession session) =>
        await CatalogueStore.Find(session, code, http.RequestAborted)
        ?? throw new NotFoundException($"No business type '{code}' in the catalogue.");

    /// <summary>Adds a business type, or replaces the one with the same code: 201 when new, 200 when replaced.</summary>
    [WolverinePost("/api/catalogue", OperationId = "DefineBusinessType")]
    [Authorize(Policy = Policies.Admin)]
    [SingleDatabaseOnly("the running catalogue is shared by every province, so a type defined in one province's database would not reach the others.")]
    [Tags("Catalogue")]
    [ProducesResponseType<BusinessType>(StatusCodes.Status201Created)]
    [ProducesResponseType<BusinessType>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Define(BusinessTypeRequest request, HttpContext http, IMessageBus bus)
    {
        var type = new BusinessType(
            request.Code?.Trim() ?? "", request.NameZh?.Trim() ?? "", request.NameEn?.Trim() ?? "",
            request.Area?.Trim() ?? "", request.IdOnly, request.Fee, request.Channels ?? [], request.AgentAllowed,
            request.AnyOffice, request.InternalChecks ?? []);
        var written = await bus.InvokeAsync<BusinessTypeWritten>(new DefineBusinessType(type, RequestContext.For(http)),
            http.RequestAborted);
        return written.Created
            ? Results.Created($"/api/catalogue/{written.Type.Code}", written.Type)
            : Results.Ok(written.Type);
    }
}
