using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Vehicles;
using TrafficCqrs.Domain.Vehicles;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Vehicles;

/// <summary>Plate numbers: offers to an applicant, the applicant's choice, and whether a number is free.</summary>
public static class PlateEndpoints
{
    [WolverinePost("/api/plates/offers", OperationId = "OfferPlates")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Plates")]
    [ProducesResponseType<PlatesOffered>(StatusCodes.Status201Created)]
    public static async Task<IResult> Offer(OfferPlatesRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new OfferPlates(Guid.CreateVersion7(), request.ApplicantIdNumber ?? "", request.Vin ?? "",
            request.Prefix ?? "", RequestContext.For(http));
        var offered = await bus.InvokeAsync<PlatesOffered>(command, http.RequestAborted);
        return Results.Created($"/api/plates/offers/{offered.OfferId}", offered);
    }

    /// <summary>The applicant takes one of the offered numbers; a number someone else took first is refused (422 or 409).</summary>
    [WolverinePost("/api/plates/selections", OperationId = "SelectPlate")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Plates")]
    [ProducesResponseType<PlateWritten>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public static Task<PlateWritten> Select(SelectPlateRequest request, HttpContext http, IMessageBus bus) =>
        bus.InvokeAsync<PlateWritten>(new SelectPlate(request.OfferId, request.Number ?? "", RequestContext.For(http)),
            http.RequestAborted);

    [WolverineGet("/api/plates/{number}", OperationId = "GetPlate")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Plates")]
    [ProducesResponseType<PlateAvailability>(StatusCodes.Status200OK)]
    public static Task<PlateAvailability> Get(string number, IQuerySession session, TimeProvider clock, HttpContext http) =>
        VehicleQueries.Plate(session, VehicleInput.Plate(number, "number"), OfficeCalendar.Today(clock.GetUtcNow()),
            http.RequestAborted);
}
