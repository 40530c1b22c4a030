using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TrafficCqrs.Api.Hosting;

/// <summary>Reports whether the event store's database answers (each province's, when each has one).</summary>
public sealed class DatabaseHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellation)
    {
        try
        {
            var databases = await store.Storage.AllDatabases();
            var data = new Dictionary<string, object>();
            foreach (var database in databases)
            {
                await using var connection = database.CreateConnection();
                await connection.OpenAsync(cancellation);
                await using var command = connection.CreateCommand();
                command.CommandText = "select max(seq_id) from traffic.mt_events";
                var head = await command.ExecuteScalarAsync(cancellation);
                var key = databases.Count == 1 ? "lastEventSequence" : $"lastEventSequence:{database.Identifier}";
                data[key] = head is DBNull or null ? 0L : head;
            }
            return HealthCheckResult.Healthy("database reachable", data);
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
