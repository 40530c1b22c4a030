using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Vehicles;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Vehicles;

/// <summary>Commands on a vehicle's record, addressed by its VIN. The same business can run through a case (/api/cases).</summary>
public static class VehicleCommandEndpoints
{
    [WolverinePost("/api/vehicles", OperationId = "RegisterVehicle")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Vehicles")]
    [ProducesResponseType<VehicleWritten>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<IResult> Register(RegisterVehicleRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new RegisterVehicle(request.Vin ?? "", request.OwnerIdNumber ?? "", request.Kind ?? "",
            request.Use ?? "", request.Seats, request.Plate ?? "", RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<VehicleWritten>(command, http.RequestAborted), created: true);
    }

    [WolverinePost("/api/vehicles/{vin}/transfer", OperationId = "TransferVehicleOwnership")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Vehicles")]
    public static async Task<IResult> Transfer(string vin, TransferOwnershipRequest request, HttpContext http,
        IMessageBus bus)
    {
        var command = new TransferOwnership(vin, request.BuyerIdNumber ?? "",
            RequestDates.Parse("deliveredOn", request.DeliveredOn), request.LenderConsent, request.SellerKeepsNumber,
            request.NewPlate, Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<VehicleWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/vehicles/{vin}/transfer-out", OperationId = "TransferVehicleOut")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Vehicles")]
    public static async Task<IResult> TransferOut(string vin, TransferOutRequest request, HttpContext http,
        IMessageBus bus)
    {
        var command = new TransferOut(vin, request.DestinationOffice ?? "", request.LenderConsent,
            Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<VehicleWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/vehicles/{vin}/transfer-in", OperationId = "TransferVehicleIn")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Vehicles")]
    public static async Task<IResult> TransferIn(string vin, TransferInRequest request, HttpContext http,
        IMessageBus bus)
    {
        var command = new TransferIn(vin, request.Plate ?? "", Versions.Expected(http, request.ExpectedVersion),
            RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<VehicleWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/vehicles/{vin}/inspections", OperationId = "RecordVehicleInspection")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Vehicles")]
    public static async Task<IResult> Inspect(string vin, RecordInspectionRequest request, HttpContext http,
        IMessageBus bus)
    {
        var command = new RecordInspection(vin, request.StationCode ?? "", request.Passed,
            RequestDates.Parse("inspectedOn", request.InspectedOn), Versions.Expected(http, request.ExpectedVersion),
            RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<VehicleWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/vehicles/{vin}/stickers", OperationId = "IssueInspectionSticker")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Vehicles")]
    public static async Task<IResult> Sticker(string vin, IssueStickerRequest request, HttpContext http,
        IMessageBus bus)
    {
        var command = new IssueSticker(vin, request.Mode ?? "",
            RequestDates.Parse("insuranceValidUntil", request.InsuranceValidUntil),
            Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<VehicleWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/vehicles/{vin}/replacements", OperationId = "ReplaceVehicleDocument")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Vehicles")]
    public static async Task<IResult> Replace(string vin, ReplaceDocumentRequest request, HttpContext http,
        IMessageBus bus)
    {
        var command = new ReplaceVehicleDocument(vin, VehicleInput.Enum<VehicleDocument>(request.Document, "document"),
            request.Reason ?? "", Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<VehicleWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/vehicles/{vin}/holds", OperationId = "ChangeVehicleHold")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Vehicles")]
    public static async Task<IResult> Hold(string vin, ChangeHoldRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new ChangeVehicleHold(vin, VehicleInput.Enum<VehicleHoldChange>(request.Change, "change"),
            request.Party, request.Reason, Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<VehicleWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/vehicles/{vin}/deregister", OperationId = "DeregisterVehicle")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Vehicles")]
    public static async Task<IResult> Deregister(string vin, DeregisterRequest request, HttpContext http,
        IMessageBus bus)
    {
        var command = new DeregisterVehicle(vin, request.Reason ?? "", Versions.Expected(http, request.ExpectedVersion),
            RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<VehicleWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/vehicles/stations", OperationId = "RecogniseInspectionStation")]
    [Authorize(Policy = Policies.StationSupervision)]
    [Tags("Vehicles")]
    public static async Task<IResult> RecogniseStation(RecogniseStationRequest request, HttpContext http,
        IMessageBus bus)
    {
        var written = await bus.InvokeAsync<StationWritten>(
            new RecogniseStation(request.Code ?? "", request.Name ?? "", request.Province ?? "", RequestContext.For(http)),
            http.RequestAborted);
        return Results.Created($"/api/vehicles/stations/{Uri.EscapeDataString(written.Code)}", written);
    }

    [WolverinePost("/api/vehicles/stations/{code}/revoke", OperationId = "RevokeInspectionStation")]
    [Authorize(Policy = Policies.StationSupervision)]
    [Tags("Vehicles")]
    public static Task<StationWritten> RevokeStation(string code, RevokeStationRequest request, HttpContext http,
        IMessageBus bus) =>
        bus.InvokeAsync<StationWritten>(new RevokeStationRecognition(code, request.Reason ?? "", RequestContext.For(http)),
            http.RequestAborted);

    private static IResult Written(HttpContext http, VehicleWritten written, bool created = false)
    {
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        return created ? Results.Created($"/api/vehicles/{written.Vin}", written) : Results.Ok(written);
    }
}
