using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TrafficCqrs.Api.Hosting;

/// <summary>Reports whether the event store's database answers.</summary>
public sealed class DatabaseHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellation)
    {
        try
        {
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(cancellation);
            await using var command = connection.CreateCommand();
            command.CommandText = "select max(seq_id) from traffic.mt_events";
            var head = await command.ExecuteScalarAsync(cancellation);
            return HealthCheckResult.Healthy("database reachable",
                new Dictionary<string, object> { ["lastEventSequence"] = head is DBNull or null ? 0L : head });
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
