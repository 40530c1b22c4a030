using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Application.Vehicles;
using TrafficCqrs.Domain.Vehicles;
using TrafficCqrs.Projections.Vehicles;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Vehicles;

/// <summary>The vehicle record by VIN or plate, its electronic archive, and inspection stations.</summary>
public static class VehicleQueryEndpoints
{
    [WolverineGet("/api/vehicles/{vin}", OperationId = "GetVehicle")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Vehicles")]
    [ProducesResponseType<VehicleRecord>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(string vin, HttpContext http, IQuerySession session)
    {
        var record = await VehicleQueries.ByVin(session, VehicleInput.Vin(vin), http.RequestAborted)
                     ?? throw new NotFoundException($"No vehicle with VIN {vin} is registered.");
        http.Response.Headers.ETag = Versions.ETag(record.Version);
        return Results.Ok(record);
    }

    /// <summary>The vehicle carrying a plate (or a temporary plate): GET /api/vehicles?plate=陕A12345.</summary>
    [WolverineGet("/api/vehicles", OperationId = "FindVehicleByPlate")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Vehicles")]
    [ProducesResponseType<VehicleRecord>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> ByPlate(string? plate, HttpContext http, IQuerySession session)
    {
        var number = plate is not null && plate.StartsWith('临') ? plate.Trim() : VehicleInput.Plate(plate);
        var record = await VehicleQueries.ByPlate(session, number, http.RequestAborted)
                     ?? throw new NotFoundException($"No vehicle carries plate {number}.");
        http.Response.Headers.ETag = Versions.ETag(record.Version);
        return Results.Ok(record);
    }

    /// <summary>The electronic archive (电子档案): the vehicle's whole history, read by another office instead of paper.</summary>
    [WolverineGet("/api/vehicles/{vin}/archive", OperationId = "GetVehicleArchive")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Vehicles")]
    [ProducesResponseType<IReadOnlyList<ArchiveEntry>>(StatusCodes.Status200OK)]
    public static async Task<IResult> Archive(string vin, HttpContext http, IQuerySession session)
    {
        var entries = await VehicleQueries.Archive(session, VehicleInput.Vin(vin), http.RequestAborted);
        http.Response.Headers.ETag = Versions.ETag(entries[^1].Version);
        return Results.Ok(entries);
    }

    [WolverineGet("/api/vehicles/stations/{code}", OperationId = "GetInspectionStation")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Vehicles")]
    [ProducesResponseType<InspectionStation>(StatusCodes.Status200OK)]
    public static async Task<InspectionStation> Station(string code, HttpContext http, IQuerySession session) =>
        await VehicleQueries.Station(session, code, http.RequestAborted)
        ?? throw new NotFoundException($"No inspection station {code}.");
}
