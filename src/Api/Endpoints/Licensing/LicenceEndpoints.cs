using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Application.Licensing;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Licensing;

/// <summary>
/// A holder's driving licence, found by the ID number (the licence number is the ID number). The
/// ID-only services (replace, renew, postpone, contact change …) go through /api/cases.
/// </summary>
public static class LicenceEndpoints
{
    [WolverineGet("/api/licences/{idNumber}", OperationId = "GetDriverRecord")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Licences")]
    [ProducesResponseType<DriverRecord>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(string idNumber, HttpContext http, IQuerySession session, TimeProvider clock)
    {
        var holder = LicenceStream.ParseHolder(idNumber);
        var record = await DriverRecordQueries.Get(session, holder, clock.GetUtcNow(), http.RequestAborted)
                     ?? throw new NotFoundException("No driving licence is recorded for this ID number.");
        http.Response.Headers.ETag = Versions.ETag(record.Version);
        return Results.Ok(record);
    }

    [WolverinePost("/api/licences/{idNumber}/suspend", OperationId = "SuspendLicence")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Licences")]
    public static async Task<IResult> Suspend(string idNumber, SuspendLicenceRequest body, HttpContext http, IMessageBus bus)
    {
        var until = body.Until ?? throw new InvalidFieldException("until", "The last day of the suspension is required.");
        return Written(http, await bus.InvokeAsync<LicenceWritten>(new SuspendLicence(idNumber, until, body.Reason ?? "",
            Versions.Expected(http, body.ExpectedVersion), RequestContext.For(http)), http.RequestAborted));
    }

    [WolverinePost("/api/licences/{idNumber}/detain", OperationId = "DetainLicence")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Licences")]
    public static async Task<IResult> Detain(string idNumber, LicenceReasonRequest body, HttpContext http, IMessageBus bus) =>
        Written(http, await bus.InvokeAsync<LicenceWritten>(new DetainLicence(idNumber, body.Reason ?? "",
            Versions.Expected(http, body.ExpectedVersion), RequestContext.For(http)), http.RequestAborted));

    [WolverinePost("/api/licences/{idNumber}/cancel", OperationId = "CancelLicence")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Licences")]
    public static async Task<IResult> Cancel(string idNumber, LicenceReasonRequest body, HttpContext http, IMessageBus bus) =>
        Written(http, await bus.InvokeAsync<LicenceWritten>(new CancelLicence(idNumber, body.Reason ?? "",
            Versions.Expected(http, body.ExpectedVersion), RequestContext.For(http)), http.RequestAborted));

    [WolverinePost("/api/licences/{idNumber}/restore", OperationId = "RestoreLicence")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Licences")]
    public static async Task<IResult> Restore(string idNumber, RestoreLicenceRequest body, HttpContext http, IMessageBus bus) =>
        Written(http, await bus.InvokeAsync<LicenceWritten>(new RestoreLicence(idNumber, body.Reason ?? "", body.SubjectOnePassed,
            Versions.Expected(http, body.ExpectedVersion), RequestContext.For(http)), http.RequestAborted));

    [WolverinePost("/api/licences/{idNumber}/downgrade-by-age", OperationId = "DowngradeLicenceByAge")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Licences")]
    public static async Task<IResult> Downgrade(string idNumber, LicenceVersionRequest body, HttpContext http, IMessageBus bus) =>
        Written(http, await bus.InvokeAsync<LicenceWritten>(new DowngradeLicenceByAge(idNumber,
            Versions.Expected(http, body.ExpectedVersion), RequestContext.For(http)), http.RequestAborted));

    /// <summary>Puts a violation's points on the licence (the violations work does this in its own transaction).</summary>
    [WolverinePost("/api/licences/{idNumber}/points", OperationId = "RecordLicencePoints")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Licences")]
    [ProducesResponseType<PointsOutcome>(StatusCodes.Status200OK)]
    public static Task<PointsOutcome> RecordPoints(string idNumber, RecordPointsRequest body, HttpContext http, IMessageBus bus)
    {
        var committedOn = body.CommittedOn ?? throw new InvalidFieldException("committedOn", "The day of the violation is required.");
        return bus.InvokeAsync<PointsOutcome>(new RecordLicencePoints(idNumber, body.ViolationId ?? Guid.Empty, body.Points,
            committedOn, RequestContext.For(http)), http.RequestAborted);
    }

    [WolverinePost("/api/licences/{idNumber}/points-study", OperationId = "StudyPoints")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Licences")]
    public static async Task<IResult> Study(string idNumber, StudyPointsRequest body, HttpContext http, IMessageBus bus) =>
        Written(http, await bus.InvokeAsync<LicenceWritten>(new StudyPoints(idNumber, body.Points,
            Versions.Expected(http, body.ExpectedVersion), RequestContext.For(http)), http.RequestAborted));

    [WolverinePost("/api/licences/{idNumber}/review-education", OperationId = "CompleteReviewEducation")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Licences")]
    public static async Task<IResult> ReviewEducation(string idNumber, ReviewEducationRequest body, HttpContext http,
        IMessageBus bus) =>
        Written(http, await bus.InvokeAsync<LicenceWritten>(new CompleteReviewEducation(idNumber, body.Hours,
            body.UnresolvedViolationsOrAccidents, Versions.Expected(http, body.ExpectedVersion), RequestContext.For(http)),
            http.RequestAborted));

    private static IResult Written(HttpContext http, LicenceWritten written)
    {
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        return Results.Ok(new LicenceVersionResponse(written.HolderIdNumber, written.LicenceId, written.Version));
    }
}
