using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;

namespace TrafficCqrs.Api.Hosting;

/// <summary>Builds a command's context from the HTTP request: the token's actor and the correlation id.</summary>
public static class RequestContext
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public static CommandContext For(HttpContext http) =>
        new(ActorFactory.FromPrincipal(http.User), CorrelationId(http), Guid.NewGuid());

    public static string CorrelationId(HttpContext http)
    {
        if (http.Items.TryGetValue(CorrelationHeader, out var existing) && existing is string id) return id;
        var supplied = http.Request.Headers[CorrelationHeader].ToString();
        id = IsUsable(supplied) ? supplied : Guid.NewGuid().ToString("N");
        http.Items[CorrelationHeader] = id;
        return id;
    }

    /// <summary>A caller-supplied correlation id is kept only when short and plain.</summary>
    private static bool IsUsable(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>Echoes the correlation id so a caller can quote it when asking about a request.</summary>
    public static IApplicationBuilder UseCorrelationIds(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var id = CorrelationId(http);
            http.Response.OnStarting(() =>
            {
                http.Response.Headers[CorrelationHeader] = id;
                return Task.CompletedTask;
            });
            await next();
        });
}
