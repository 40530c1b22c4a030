using System.Diagnostics;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Projections;
using TrafficCqrs.Projections.Cases;

namespace TrafficCqrs.Benchmarks;

/// <summary>Measures taken on the store directly: projection rebuild against COPY, and bulk seeding.</summary>
public static class StoreMeasures
{
    public static DocumentStore Store(string connectionString) => DocumentStore.For(opts =>
    {
        opts.Connection(ConnectionTuning.Tuned(connectionString)); // as the service connects
        TrafficStoreConfiguration.Configure(opts);
    });

    /// <summary>Creates the event store's tables when the database is new.</summary>
    public static async Task EnsureSchema(string connectionString)
    {
        await using var store = Store(connectionString);
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
    }

    /// <summary>
    /// How many events the slowest asynchronous projection or subscription (statistics, hash chain,
    /// trace index, supervision flags) still has to process, from the daemon's own progress rows.
    /// </summary>
    public static async Task<long> DaemonBehind(string connectionString)
    {
        var schema = TrafficStoreConfiguration.Schema;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select coalesce((select max(seq_id) from {schema}.mt_events), 0) - " +
            $"coalesce((select min(last_seq_id) from {schema}.mt_event_progression where name not like 'HighWater%'), 0)",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Waits until every asynchronous projection and subscription has processed every event (or the limit passes).</summary>
    public static async Task<TimeSpan> WaitForDaemon(string connectionString, TimeSpan limit)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < limit && await DaemonBehind(connectionString) > 0)
            await Task.Delay(250);
        return waited.Elapsed;
    }

    public static async Task<long> EventCount(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select count(*) from {TrafficStoreConfiguration.Schema}.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Rebuilds the case list from every event in this process's own daemon.</summary>
    public static async Task Rebuild(string connectionString)
    {
        await using var store = Store(connectionString);
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync(typeof(CaseSummaryProjection), TimeSpan.FromMinutes(10), CancellationToken.None);
    }

    /// <summary>The case-list rebuild (<paramref name="rebuild"/>) and a COPY of the same rows, as one printed line.</summary>
    public static async Task<string> RebuildAgainstCopy(string connectionString, Func<Task> rebuild)
    {
        var events = await EventCount(connectionString);
        await Checkpoint(connectionString);
        var clock = Stopwatch.StartNew();
        await rebuild();
        var rebuildRate = events / clock.Elapsed.TotalSeconds;
        var copyRate = await CopyRate(connectionString);
        return $"rebuild of the case list: {events:N0} events at {rebuildRate:N0}/s; COPY of the same rows {copyRate:N0}/s; ratio {rebuildRate / copyRate:F3}";
    }

    /// <summary>
    /// Both timed writes start from a fresh checkpoint, so neither pays for flushing the other's
    /// (or the load's) pages, nor for the full-page images that follow a checkpoint falling inside it.
    /// </summary>
    private static async Task Checkpoint(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("checkpoint", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>COPY of the same rows into a table of the same shape; answers rows per second.</summary>
    public static async Task<double> CopyRate(string connectionString)
    {
        var schema = TrafficStoreConfiguration.Schema;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
                         $"drop table if exists bench_copy; create table bench_copy (like {schema}.mt_events including defaults including indexes);",
                         connection))
            await create.ExecuteNonQueryAsync();

        var buffer = new MemoryStream();
        await using (var export = await connection.BeginRawBinaryCopyAsync($"copy (select * from {schema}.mt_events) to stdout (format binary)"))
            await export.CopyToAsync(buffer);
        var rows = await EventCount(connectionString);

        buffer.Position = 0;
        await Checkpoint(connectionString);
        var clock = Stopwatch.StartNew();
        await using (var import = await connection.BeginRawBinaryCopyAsync("copy bench_copy from stdin (format binary)"))
            await buffer.CopyToAsync(import);
        var rate = rows / clock.Elapsed.TotalSeconds;
        await using (var drop = new NpgsqlCommand("drop table bench_copy", connection))
            await drop.ExecuteNonQueryAsync();
        return rate;
    }

    /// <summary>Fills the store to at least <paramref name="target"/> events with realistic case streams.</summary>
    public static async Task SeedTo(string connectionString, long target)
    {
        await using var store = Store(connectionString);
        var have = await EventCount(connectionString);
        const int streamsPerBatch = 500;
        const int eventsPerStream = 5;
        var clock = Stopwatch.StartNew();
        var seeded = 0L;
        while (have + seeded < target)
        {
            var batches = Enumerable.Range(0, 2).Select(async _ =>
            {
                await using var session = store.LightweightSession();
                session.CorrelationId = "benchmark-seed";
                session.LastModifiedBy = "bench.seed";
                session.SetHeader("office", "610100");
                session.SetHeader("channel", "window");
                var now = DateTimeOffset.UtcNow;
                for (var s = 0; s < streamsPerBatch; s++)
                {
                    var id = Guid.CreateVersion7();
                    session.Events.StartStream<ServiceCase>(id,
                        new CaseOpened(id, "licence.apply", Identity.NewIdNumber(), "window", "610100", "W01", null, 10m, now),
                        new CaseAccepted(id, now),
                        new CasePaymentRecorded(id, 10m, "wechat", "WX-" + id.ToString("N")[..12], now),
                        new CaseRecordChecked(id, "licence_record", "office records", true, "valid", now),
                        new CaseCompleted(id, now));
                }
                await session.SaveChangesAsync();
            });
            await Task.WhenAll(batches);
            seeded += 2L * streamsPerBatch * eventsPerStream;
        }
        if (seeded > 0)
            Console.WriteLine($"seeded {seeded:N0} events in {clock.Elapsed.TotalSeconds:F1} s ({seeded / clock.Elapsed.TotalSeconds:N0}/s)");
    }

    /// <summary>One case stream with exactly <paramref name="events"/> events, for trace latency.</summary>
    public static async Task<Guid> CaseWithEvents(string connectionString, int events)
    {
        await using var store = Store(connectionString);
        await using var session = store.LightweightSession();
        var id = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;
        var stream = new List<object>
        {
            new CaseOpened(id, "licence.apply", Identity.NewIdNumber(), "window", "610100", "W01", null, 10m, now),
        };
        for (var i = 1; i < events; i++)
            stream.Add(new CaseRecordChecked(id, "check-" + i, "office records", true, "ok", now));
        session.Events.StartStream<ServiceCase>(id, stream.ToArray());
        await session.SaveChangesAsync();
        return id;
    }
}
