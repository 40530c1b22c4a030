using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrafficCqrs.Application.Analytics;

namespace TrafficCqrs.Api.Endpoints.Admin;

/// <summary>
/// Each projection's lag behind the event store on /health. Degraded (still 200) when an
/// asynchronous projection is more than Analytics:LagDegradedAfter events behind (default 10,000).
/// </summary>
public sealed class ProjectionLagHealthCheck(IDocumentStore store, IConfiguration configuration) : IHealthCheck
{
    public const int DefaultDegradedAfter = 10_000;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellation)
    {
        try
        {
            var status = await ProjectionAdministration.Status(store, cancellation);
            var data = new Dictionary<string, object>
            {
                ["lastEventSequence"] = status.LastEventSequence,
                ["highWaterMark"] = status.HighWaterMark,
            };
            foreach (var p in status.Projections.Where(p => p.Lifecycle == "async"))
                data[p.Name] = new { p.Sequence, p.Lag };
            var degradedAfter = configuration.GetValue("Analytics:LagDegradedAfter", DefaultDegradedAfter);
            return status.MaxLag > degradedAfter
                ? HealthCheckResult.Degraded($"a projection lags {status.MaxLag} events behind", data: data)
                : HealthCheckResult.Healthy($"projections at most {status.MaxLag} events behind", data);
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("projection progress unreadable", e);
        }
    }
}
