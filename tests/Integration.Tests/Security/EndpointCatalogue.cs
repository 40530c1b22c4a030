using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Http;

namespace TrafficCqrs.Integration.Tests.Security;

/// <summary>One route and method the API answers, as the running application lists it.</summary>
public sealed record ApiEndpoint(
    string Method,
    string Route,
    IReadOnlyList<string> Policies,
    bool Anonymous,
    Type? RequestType,
    RoutePattern Pattern)
{
    public override string ToString() => $"{Method} {Route}";

    /// <summary>A concrete URL: route values are fresh ids, or plain words where the route is not an id.</summary>
    public string Url(Func<string, string>? value = null)
    {
        var url = Route;
        foreach (var parameter in Pattern.Parameters)
        {
            var constraint = string.Join(",", parameter.ParameterPolicies.Select(p => p.Content));
            var sample = value?.Invoke(parameter.Name) ?? constraint switch
            {
                var c when c.Contains("guid") => Guid.NewGuid().ToString(),
                var c when c.Contains("int") || c.Contains("long") => "1",
                _ => "sample",
            };
            url = Regex.Replace(url, "\\{" + Regex.Escape(parameter.Name) + "(:[^}]*)?\\}", sample);
        }
        return url;
    }

    public bool HasBody => Method is "POST" or "PUT" or "PATCH";
}

/// <summary>Every endpoint of the running application: found, not listed by hand, so new ones are covered.</summary>
public static class EndpointCatalogue
{
    public static IReadOnlyList<ApiEndpoint> All(IServiceProvider services)
    {
        return services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new ApiEndpoint(
                    method,
                    "/" + e.RoutePattern.RawText!.TrimStart('/'),
                    e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "").ToList(),
                    e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                    e.Metadata.GetMetadata<HttpChain>() is { HasRequestType: true } chain ? chain.RequestType : null,
                    e.RoutePattern)))
            .DistinctBy(e => e.ToString())
            .OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method)
            .ToList();
    }
}
