using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Application.Violations;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Violations;
using TrafficCqrs.Projections.Violations;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Violations;

/// <summary>Violations, open violations by plate or driver, holds on a vehicle, a driver's points.</summary>
public static class ViolationQueryEndpoints
{
    [WolverineGet("/api/violations/{id:guid}", OperationId = "GetViolation")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Violations")]
    [ProducesResponseType<ViolationSummary>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid id, HttpContext http, IQuerySession session)
    {
        var summary = await ViolationQueries.Get(session, id, http.RequestAborted)
                      ?? throw new NotFoundException($"No violation {id}.");
        http.Response.Headers.ETag = Versions.ETag(summary.Version);
        return Results.Ok(summary);
    }

    /// <summary>The fine and the late fee due today.</summary>
    [WolverineGet("/api/violations/{id:guid}/amount-due", OperationId = "GetViolationAmountDue")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Violations")]
    [ProducesResponseType<AmountDue>(StatusCodes.Status200OK)]
    public static async Task<AmountDue> AmountDue(Guid id, HttpContext http, IQuerySession session, TimeProvider clock) =>
        await ViolationQueries.AmountDue(session, id, clock.GetUtcNow(), http.RequestAborted)
        ?? throw new NotFoundException($"No violation {id}.");

    /// <summary>Open violations (not handled, or fine unpaid) of a vehicle (?plate=) or a driver (?driver=ID number).</summary>
    [WolverineGet("/api/violations", OperationId = "ListOpenViolations")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Violations")]
    [ProducesResponseType<IReadOnlyList<ViolationSummary>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static Task<IReadOnlyList<ViolationSummary>> Open(string? plate, string? driver, HttpContext http,
        IQuerySession session)
    {
        if ((plate is null) == (driver is null))
            throw new InvalidFieldException("plate", "Give either plate or driver.");
        return plate is not null
            ? ViolationQueries.OpenByPlate(session, Plate(plate), http.RequestAborted)
            : ViolationQueries.OpenByDriver(session, IdNumber("driver", driver), http.RequestAborted);
    }

    /// <summary>What holds a vehicle's transfer and sticker: open violations and accidents.</summary>
    [WolverineGet("/api/violations/holds", OperationId = "GetVehicleHolds")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Violations")]
    [ProducesResponseType<VehicleHolds>(StatusCodes.Status200OK)]
    public static Task<VehicleHolds> Holds(string? plate, HttpContext http, IQuerySession session,
        IVehicleHoldsQuery holds) =>
        holds.Holds(session, Plate(plate), http.RequestAborted);

    /// <summary>The points a licence holder carries in the current cycle.</summary>
    [WolverineGet("/api/violations/points", OperationId = "GetCyclePoints")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Violations")]
    [ProducesResponseType<CyclePointsResponse>(StatusCodes.Status200OK)]
    public static async Task<CyclePointsResponse> Points(string? idNumber, HttpContext http, IQuerySession session,
        ILicencePointsLedger ledger, TimeProvider clock)
    {
        var holder = IdNumber("idNumber", idNumber);
        return new CyclePointsResponse(holder,
            await ledger.CurrentCyclePoints(session, holder, clock.GetUtcNow(), http.RequestAborted));
    }

    private static string Plate(string? value) =>
        PlateNumber.TryNormalise(value, out var plate, out var error) ? plate : throw new InvalidFieldException("plate", error);

    private static string IdNumber(string field, string? value) =>
        ResidentIdNumber.TryParse(value, out var id, out var error) ? id.Value : throw new InvalidFieldException(field, error);
}
