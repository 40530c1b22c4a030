using Marten;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Projections.Cases;

namespace TrafficCqrs.Api.Hosting;

/// <summary>
/// While the host starts its services on one core (Wolverine's runtime, then Kestrel), the other
/// core runs once what the first requests would otherwise load and compile on their own time: the
/// health checks with their database connection, the validation of a bearer token, and a Marten
/// session reading a stream's state and a document. It reads only, remembers nothing, and a failure
/// here is only logged: the request that needs the part that failed meets it again itself. It runs
/// only when the schema was applied beforehand (production), so it never races the schema work a
/// development start does.
/// </summary>
public static class StartWarmUp
{
    public static void Begin(WebApplication app)
    {
        var services = app.Services;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartWarmUp));
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        _ = Task.Run(async () =>
        {
            if (!SchemaAtStart.AppliedBeforehand(services))
                return;
            await Step("health checks", logger, () => services.GetRequiredService<HealthCheckService>().CheckHealthAsync(stopping));
            await Step("bearer token", logger, () => ValidateToken(services));
            await Step("store reads", logger, () => ReadStore(services, stopping));
        }, stopping);
    }

    private static async Task Step(string what, ILogger logger, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e)
        {
            logger.LogDebug(e, "Warming up the {Part} at start failed", what);
        }
    }

    /// <summary>A token of this service's own, checked with the bearer handler's settings; it is not remembered.</summary>
    private static async Task ValidateToken(IServiceProvider services)
    {
        var jwt = services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var token = TokenIssuer.Issue(services.GetRequiredService<IOptions<JwtOptions>>().Value,
            new TokenRequest("start.warm-up", [TrafficRoles.Analyst], "000000"), TimeSpan.FromMinutes(1));
        foreach (var handler in jwt.TokenHandlers)
            await handler.ValidateTokenAsync(token, jwt.TokenValidationParameters);
    }

    /// <summary>What a command reads before it appends: a stream's state and a document (of ids that do not exist).</summary>
    private static async Task ReadStore(IServiceProvider services, CancellationToken cancellation)
    {
        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
        await session.Events.FetchStreamStateAsync(Guid.NewGuid(), cancellation);
        await session.LoadAsync<CaseSummary>(Guid.NewGuid(), cancellation);
    }
}
