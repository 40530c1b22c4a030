using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Storage;
using TrafficCqrs.Application.Common;

namespace TrafficCqrs.Application.Analytics;

/// <summary>
/// A projection's progress against the event store. <paramref name="Lag"/> is how many sequence
/// numbers the projection is behind the last committed event (never negative).
/// </summary>
public sealed record ProjectionProgress(string Name, string Lifecycle, string Shard, long Sequence, long Lag);

/// <summary>
/// The store's marks: the last committed event's sequence, and the daemon's high-water mark (the
/// sequence up to which every event is known committed or skipped; the daemon never passes it).
/// </summary>
public sealed record ProjectionsStatus(long LastEventSequence, long HighWaterMark, IReadOnlyList<ProjectionProgress> Projections)
{
    public long MaxLag => Projections.Count == 0 ? 0 : Projections.Max(p => p.Lag);
}

public static class ProjectionAdministration
{
    private const string HighWaterMarkShard = "HighWaterMark";

    /// <summary>Every projection that is stored (inline or async; live aggregations have no progress), by name.</summary>
    public static IReadOnlyList<(string Name, ProjectionLifecycle Lifecycle, IReadOnlyList<string> Shards)> Stored(IDocumentStore store) =>
        ((DocumentStore)store).Options.Projections.All
            .Where(p => p.Lifecycle != ProjectionLifecycle.Live)
            .Select(p => (p.Name, p.Lifecycle, (IReadOnlyList<string>)p.ShardNames().Select(s => s.Identity).ToList()))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

    public static Task<ProjectionsStatus> Status(IDocumentStore store, CancellationToken cancellation) =>
        Status(store, store.Storage.Database, cancellation);

    /// <summary>The projections' progress in one database (a province's, when each has its own).</summary>
    public static async Task<ProjectionsStatus> Status(IDocumentStore store, IMartenDatabase database,
        CancellationToken cancellation)
    {
        var (states, last) = await Marks(store, database, cancellation);
        var progress = Stored(store)
            .SelectMany(p => p.Shards.Select(shard => (p, shard)))
            // Inline projections move in the commands' own transactions: they never lag.
            .Select(x => x.p.Lifecycle == ProjectionLifecycle.Inline
                ? new ProjectionProgress(x.p.Name, "inline", x.shard, last, 0)
                : new ProjectionProgress(x.p.Name, "async", x.shard, states.GetValueOrDefault(x.shard),
                    Math.Max(0, last - states.GetValueOrDefault(x.shard))))
            .ToList();
        return new ProjectionsStatus(last, states.GetValueOrDefault(HighWaterMarkShard), progress);
    }

    /// <summary>
    /// Rebuilds one projection through the running daemon: its documents are deleted and every event
    /// replayed; the call returns when the projection has caught up.
    /// </summary>
    public static async Task Rebuild(IDocumentStore store, JasperFx.Events.Daemon.IProjectionCoordinator coordinator,
        string name, TimeSpan shardTimeout, CancellationToken cancellation, IMartenDatabase? database = null)
    {
        var projection = Stored(store).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (projection.Name is null) throw new NotFoundException($"No stored projection named '{name}'.");
        // One database's daemon: the main one, or a province's when each has its own.
        var daemon = database is null
            ? coordinator.DaemonForMainDatabase()
            : await coordinator.DaemonForDatabase(database.Identifier);
        // A rebuild stops the projection's running shards and leaves them stopped (the coordinator
        // does not restart them): the node that ran them starts them again, or the read model would
        // stand still at the rebuild's last event.
        var running = daemon.CurrentAgents()
            .Where(a => a.Name.Name == projection.Name && a.Status == JasperFx.AgentStatus.Running)
            .Select(a => a.Name.Identity)
            .ToList();
        await daemon.RebuildProjectionAsync(projection.Name, shardTimeout, cancellation);
        foreach (var shard in running)
            await daemon.StartAgentAsync(shard, cancellation);
    }

    /// <summary>
    /// Every shard's progress and the last event's sequence, in one round trip of plain SQL: cheap
    /// enough for every /health call, the first one included.
    /// </summary>
    private static async Task<(Dictionary<string, long> States, long Last)> Marks(IDocumentStore store,
        IMartenDatabase database, CancellationToken cancellation)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"select name, last_seq_id from {schema}.mt_event_progression; " +
            $"select coalesce(max(seq_id), 0) from {schema}.mt_events";
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var states = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellation))
            states[reader.GetString(0)] = reader.IsDBNull(1) ? 0 : reader.GetInt64(1);
        await reader.NextResultAsync(cancellation);
        await reader.ReadAsync(cancellation);
        return (states, reader.GetInt64(0));
    }
}
