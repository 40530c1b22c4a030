using Microsoft.AspNetCore.Authorization;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Dev;

public sealed record DevTokenResponse(string AccessToken, string TokenType);

/// <summary>
/// Signs a token for local use. Only answers in the Development environment; elsewhere tokens come
/// from the identity provider that shares the signing key.
/// </summary>
public static class DevTokenEndpoint
{
    [WolverinePost("/api/dev/token", OperationId = "IssueDevelopmentToken")]
    [AllowAnonymous]
    [Tags("Development")]
    public static IResult Issue(TokenRequest request, IWebHostEnvironment environment, TokenIssuer issuer)
    {
        if (!environment.IsDevelopment())
            return Results.NotFound();
        if (string.IsNullOrWhiteSpace(request.User))
            throw new InvalidFieldException("user", "A user name is required.");
        if (request.Roles is null || request.Roles.Count == 0 || request.Roles.Any(r => !TrafficRoles.All.Contains(r)))
            throw new InvalidFieldException("roles", $"Roles must be some of: {string.Join(", ", TrafficRoles.All)}.");
        if (string.IsNullOrWhiteSpace(request.Office))
            throw new InvalidFieldException("office", "An office code is required.");
        return Results.Ok(new DevTokenResponse(issuer.Issue(request), "Bearer"));
    }
}
