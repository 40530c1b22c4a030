using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace TrafficCqrs.Api.Security;

/// <summary>Answers a refused caller with problem details that say why, instead of an empty body.</summary>
[Wolverine.Attributes.WolverineIgnore] // an ASP.NET hook, not a message handler
public sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    /// <summary>The problem's code when the caller's roles do not fit the endpoint's policy.</summary>
    public const string RoleRequiredCode = "auth.role_required";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy,
        PolicyAuthorizationResult result)
    {
        if (result.Forbidden)
        {
            var roles = policy.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>()
                .SelectMany(r => r.AllowedRoles).Distinct().ToList();
            await Results.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Forbidden",
                Detail = roles.Count > 0
                    ? $"This action needs one of the roles: {string.Join(", ", roles)}."
                    : "You may not perform this action.",
                Instance = context.Request.Path,
                Extensions = { ["code"] = RoleRequiredCode },
            }).ExecuteAsync(context);
            return;
        }
        await _default.HandleAsync(next, context, policy, result);
    }
}
