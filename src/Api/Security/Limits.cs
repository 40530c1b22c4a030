using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace TrafficCqrs.Api.Security;

/// <summary>How much one caller may ask for, from the "Limits" configuration section.</summary>
public sealed class TrafficLimits
{
    public const string Section = "Limits";

    /// <summary>Requests one caller (the token's user, or the address of an anonymous caller) may send per window.</summary>
    public int PermitsPerWindow { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest request body accepted; commands are small JSON documents.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
}

public static class LimitsSetup
{
    public static WebApplicationBuilder AddTrafficLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TrafficLimits>().Bind(builder.Configuration.GetSection(TrafficLimits.Section));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize =
                builder.Configuration.GetSection(TrafficLimits.Section).Get<TrafficLimits>()?.MaxRequestBodyBytes
                ?? new TrafficLimits().MaxRequestBodyBytes;
        });

        builder.Services.AddRateLimiter(_ => { });
        // Configured when first used, so settings given to a test host apply.
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<TrafficLimits>>((options, limits) =>
        {
            var settings = limits.Value;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("health")
                    : RateLimitPartition.GetFixedWindowLimiter(CallerOf(http), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.PermitsPerWindow,
                        Window = settings.Window,
                        QueueLimit = 0,
                    }));
            options.OnRejected = (context, cancellation) => Refuse(context, settings, cancellation);
        });
        return builder;
    }

    /// <summary>The token's user; an anonymous caller by its address.</summary>
    public static string CallerOf(HttpContext http) =>
        http.User.FindFirstValue(TrafficClaims.Subject) is { Length: > 0 } user
            ? "user:" + user
            : "address:" + http.Connection.RemoteIpAddress;

    private static async ValueTask Refuse(OnRejectedContext context, TrafficLimits settings, CancellationToken cancellation)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : settings.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Results.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests.",
            Detail = $"At most {settings.PermitsPerWindow} requests per {settings.Window.TotalSeconds:0} seconds. Retry after {seconds} s.",
            Instance = http.Request.Path,
        }).ExecuteAsync(http);
    }

    /// <summary>Refuses bodies over the limit before anything reads them (413).</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var max = http.RequestServices.GetRequiredService<IOptions<TrafficLimits>>().Value.MaxRequestBodyBytes;
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                feature.MaxRequestBodySize = max;
            if (http.Request.ContentLength > max)
                throw new BadHttpRequestException(
                    $"The request body may be at most {max} bytes.", StatusCodes.Status413PayloadTooLarge);
            await next(http);
        });

    /// <summary>Headers that keep browsers from sniffing, framing or leaking what the API returns.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                // Swagger UI runs its own scripts and styles; everything else is data, never a page.
                headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/swagger")
                    ? "frame-ancestors 'none'"
                    : "default-src 'none'; frame-ancestors 'none'";
                if (http.Request.Path.StartsWithSegments("/api") && !headers.ContainsKey("Cache-Control"))
                    headers.CacheControl = "no-store";
                headers.Remove("Server");
                headers.Remove("X-Powered-By");
                return Task.CompletedTask;
            });
            await next(http);
        });
}
