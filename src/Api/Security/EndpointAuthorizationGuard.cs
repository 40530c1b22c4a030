using System.Reflection;
using JasperFx;
using JasperFx.CodeGeneration;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace TrafficCqrs.Api.Security;

/// <summary>
/// Refuses to start the service when an endpoint does not say who may call it: each must carry
/// <c>[Authorize(Policy = ...)]</c> naming a policy, or <c>[AllowAnonymous]</c>, on the method or
/// its class. The fallback policy would still demand a signed-in caller, but "any signed-in
/// caller" is rarely what an endpoint means, so forgetting is an error, not a default.
/// </summary>
public sealed class EndpointAuthorizationGuard : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        var problems = chains
            .Select(c => (Chain: c, Problem: ProblemWith(c.Method.Method)))
            .Where(x => x.Problem is not null)
            .Select(x => $"{x.Chain.Method.HandlerType.Name}.{x.Chain.Method.Method.Name} ({x.Chain.RoutePattern?.RawText}): {x.Problem}")
            .ToList();
        if (problems.Count > 0)
            throw new InvalidOperationException(
                "Every endpoint must declare [Authorize(Policy = Policies.X)] or [AllowAnonymous]:" +
                Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    /// <summary>Why an endpoint method's authorisation is not declared well enough, or null when it is.</summary>
    public static string? ProblemWith(MethodInfo method)
    {
        var declared = method.GetCustomAttributes(true)
            .Concat(method.DeclaringType?.GetCustomAttributes(true) ?? [])
            .ToList();
        var anonymous = declared.OfType<IAllowAnonymous>().Any();
        var authorize = declared.OfType<IAuthorizeData>().ToList();

        if (anonymous && authorize.Count > 0)
            return "declares both [AllowAnonymous] and [Authorize]; say one thing";
        if (anonymous) return null;
        if (authorize.Count == 0)
            return "declares no authorisation";
        if (authorize.Any(a => string.IsNullOrWhiteSpace(a.Policy)))
            return "[Authorize] must name a policy (Policies.X), not only roles or nothing";
        return null;
    }
}
