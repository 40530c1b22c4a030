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
            // One database, or each province's when each has its own (keys then carry the province).
            var databases = await store.Storage.AllDatabases();
            var data = new Dictionary<string, object>();
            long maxLag = 0;
            foreach (var database in databases)
            {
                var status = await ProjectionAdministration.Status(store, database, cancellation);
                var prefix = databases.Count == 1 ? "" : database.Identifier + ":";
                data[prefix + "lastEventSequence"] = status.LastEventSequence;
                data[prefix + "highWaterMark"] = status.HighWaterMark;
                foreach (var p in status.Projections.Where(p => p.Lifecycle == "async"))
                    data[prefix + p.Name] = new { p.Sequence, p.Lag };
                maxLag = Math.Max(maxLag, status.MaxLag);
            }
            var degradedAfter = configuration.GetValue("Analytics:LagDegradedAfter", DefaultDegradedAfter);
            return maxLag > degradedAfter
                ? HealthCheckResult.Degraded($"a projection lags {maxLag} events behind", data: data)
                : HealthCheckResult.Healthy($"projections at most {maxLag} events behind", data);
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("projection progress unreadable", e);
        }
    }
}
