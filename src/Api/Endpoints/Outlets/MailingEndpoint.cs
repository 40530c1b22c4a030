using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Endpoints.Cases;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Outlets;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Outlets;

/// <summary>Posting a completed case's new document to the applicant (邮寄), e.g. from a post office.</summary>
public static class MailingEndpoint
{
    [WolverinePost("/api/cases/{id:guid}/mailing", OperationId = "MailCaseDocument")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Cases")]
    [ProducesResponseType<CaseVersionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public static async Task<IResult> Mail(Guid id, MailDocumentRequest request, HttpContext http, IMessageBus bus)
    {
        var command = new MailDocument(id, request.Carrier ?? "", request.TrackingNumber ?? "",
            Versions.Expected(http, request.ExpectedVersion), RequestContext.For(http));
        var written = await bus.InvokeAsync<CaseWritten>(command, http.RequestAborted);
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        return Results.Ok(new CaseVersionResponse(written.Id, written.Version));
    }
}
