using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Application.Exams;
using TrafficCqrs.Domain.Exams;
using TrafficCqrs.Projections.Licensing;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Licensing;

/// <summary>Exam applications, bookings, scores, and the exam schedule of an office's day.</summary>
public static class ExamEndpoints
{
    [WolverinePost("/api/exams/applications", OperationId = "FileExamApplication")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Exams")]
    [ProducesResponseType<ExamWritten>(StatusCodes.Status201Created)]
    public static async Task<IResult> File(FileExamApplicationRequest body, HttpContext http, IMessageBus bus)
    {
        var command = new FileExamApplication(body.ApplicationId ?? Guid.CreateVersion7(), body.ApplicantIdNumber ?? "",
            body.LicenceClass ?? "", body.HasResidencePermit, RequestContext.For(http));
        var written = await bus.InvokeAsync<ExamWritten>(command, http.RequestAborted);
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        return Results.Created($"/api/exams/applications/{written.ApplicationId}", written);
    }

    [WolverineGet("/api/exams/applications/{id:guid}", OperationId = "GetExamApplication")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Exams")]
    [ProducesResponseType<ExamApplication>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, HttpContext http, IQuerySession session)
    {
        var application = await ExamQueries.Application(session, id, http.RequestAborted)
                          ?? throw new NotFoundException($"No exam application {id}.");
        http.Response.Headers.ETag = Versions.ETag(application.Version);
        return Results.Ok(application);
    }

    [WolverinePost("/api/exams/applications/{id:guid}/bookings", OperationId = "BookExam")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Exams")]
    public static async Task<IResult> Book(Guid id, BookExamRequest body, HttpContext http, IMessageBus bus)
    {
        var date = body.Date ?? throw new InvalidFieldException("date", "The exam day is required (yyyy-MM-dd).");
        var command = new BookExam(id, body.BookingId ?? Guid.CreateVersion7(), body.Subject, date, body.Office,
            Versions.Expected(http, body.ExpectedVersion), RequestContext.For(http));
        return Written(http, await bus.InvokeAsync<ExamWritten>(command, http.RequestAborted));
    }

    [WolverinePost("/api/exams/applications/{id:guid}/bookings/{bookingId:guid}/cancel", OperationId = "CancelExamBooking")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Exams")]
    public static async Task<IResult> Cancel(Guid id, Guid bookingId, ExamVersionRequest body, HttpContext http, IMessageBus bus) =>
        Written(http, await bus.InvokeAsync<ExamWritten>(new CancelExamBooking(id, bookingId,
            Versions.Expected(http, body.ExpectedVersion), RequestContext.For(http)), http.RequestAborted));

    [WolverinePost("/api/exams/applications/{id:guid}/bookings/{bookingId:guid}/scores", OperationId = "RecordExamScore")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Exams")]
    public static async Task<IResult> Score(Guid id, Guid bookingId, ExamScoreRequest body, HttpContext http, IMessageBus bus)
    {
        var score = body.Score ?? throw new InvalidFieldException("score", "The score (0 to 100) is required.");
        return Written(http, await bus.InvokeAsync<ExamWritten>(new RecordExamScore(id, bookingId, score,
            Versions.Expected(http, body.ExpectedVersion), RequestContext.For(http)), http.RequestAborted));
    }

    /// <summary>One office's exams on one day: ?office=610100&amp;date=2026-12-01.</summary>
    [WolverineGet("/api/exams/schedule", OperationId = "GetExamSchedule")]
    [Authorize(Policy = Policies.CaseRead)]
    [Tags("Exams")]
    [ProducesResponseType<ExamDay>(StatusCodes.Status200OK)]
    public static Task<ExamDay> Schedule(string? office, string? date, HttpContext http, IQuerySession session)
    {
        if (string.IsNullOrWhiteSpace(office))
            throw new InvalidFieldException("office", "The office is required.");
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            throw new InvalidFieldException("date", "Expected a day as yyyy-MM-dd.");
        return ExamQueries.Schedule(session, office.Trim(), day, http.RequestAborted);
    }

    private static IResult Written(HttpContext http, ExamWritten written)
    {
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        return Results.Ok(written);
    }
}
