using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Application.Identities;
using TrafficCqrs.Domain.Identifiers;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Identities;

/// <param name="Method">counter_id_reader, online_identity_platform or face_check.</param>
/// <param name="ValidUntil">Optional; at most a year from now (the default).</param>
public sealed record VerifyIdentityRequest(string? Method, DateTimeOffset? ValidUntil = null);

public sealed record RevokeVerificationRequest(string? Reason);

public sealed record IdentityVersionResponse(Guid PersonId, long Version);

/// <summary>
/// Trusted identity (一次采集、多点可用): clerks verify at the counter, channel accounts online; every
/// online or outlet case then reuses it. Reading it, or a person's cases, is for those handling or
/// supervising cases only: it is personal data.
/// </summary>
public static class IdentityEndpoints
{
    [WolverinePost("/api/identities/{idNumber}/verifications", OperationId = "VerifyIdentity")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Identity")]
    [ProducesResponseType<IdentityVersionResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public static async Task<IResult> Verify(string idNumber, VerifyIdentityRequest request, HttpContext http,
        IMessageBus bus)
    {
        var command = new VerifyIdentity(idNumber, request.Method ?? "", request.ValidUntil, RequestContext.For(http));
        var written = await bus.InvokeAsync<IdentityWritten>(command, http.RequestAborted);
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        return Results.Created($"/api/identities/{idNumber}/verifications",
            new IdentityVersionResponse(written.PersonId, written.Version));
    }

    [WolverinePost("/api/identities/{idNumber}/verifications/revoke", OperationId = "RevokeIdentityVerification")]
    [Authorize(Policy = Policies.CaseWork)]
    [Tags("Identity")]
    [ProducesResponseType<IdentityVersionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public static async Task<IResult> Revoke(string idNumber, RevokeVerificationRequest request, HttpContext http,
        IMessageBus bus)
    {
        var command = new RevokeIdentityVerification(idNumber, request.Reason, RequestContext.For(http));
        var written = await bus.InvokeAsync<IdentityWritten>(command, http.RequestAborted);
        http.Response.Headers.ETag = Versions.ETag(written.Version);
        return Results.Ok(new IdentityVersionResponse(written.PersonId, written.Version));
    }

    [WolverineGet("/api/identities/{idNumber}/verifications", OperationId = "GetIdentityVerifications")]
    [Authorize(Policy = Policies.PersonRead)]
    [Tags("Identity")]
    [ProducesResponseType<IdentityView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static Task<IdentityView> Verifications(string idNumber, HttpContext http, IQuerySession session,
        TimeProvider clock) =>
        IdentityQueries.Verifications(session, Parse(idNumber), clock.GetUtcNow(), http.RequestAborted);

    /// <summary>Every case of the person through every channel, newest first.</summary>
    [WolverineGet("/api/people/{idNumber}/cases", OperationId = "GetPersonCases")]
    [Authorize(Policy = Policies.PersonRead)]
    [Tags("Identity")]
    [ProducesResponseType<IReadOnlyList<PersonCase>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static Task<IReadOnlyList<PersonCase>> Cases(string idNumber, HttpContext http, IQuerySession session) =>
        IdentityQueries.Cases(session, Parse(idNumber), http.RequestAborted);

    private static string Parse(string idNumber) =>
        ResidentIdNumber.TryParse(idNumber, out var number, out var error)
            ? number.Value
            : throw new InvalidFieldException("idNumber", error);
}
