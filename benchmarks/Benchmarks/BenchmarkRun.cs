using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TrafficCqrs.Benchmarks;

/// <summary>
/// The benchmark: drives the HTTP API with case journeys at several concurrency levels and sets
/// each figure against plain PostgreSQL measured in the same run on the same machine.
/// </summary>
public static class BenchmarkRun
{
    /// <summary>Starts the API several times (one at a time) and reports each start and the medians.</summary>
    private static async Task TimeStarts(Options options)
    {
        var healthy = new List<double>();
        var first = new List<double>();
        var cpu = new List<double>();
        for (var i = 0; i < options.StartRuns; i++)
        {
            await using var api = await ApiProcess.Start(options);
            healthy.Add(api.StartToHealthy.TotalMilliseconds);
            first.Add(api.StartToFirstCommand.TotalMilliseconds);
            cpu.Add(api.CpuToFirstCommand.TotalMilliseconds);
            Console.WriteLine($"  start {i + 1}: healthy {healthy[^1]:F0} ms, first command {first[^1]:F0} ms, API CPU by then {cpu[^1]:F0} ms");
        }
        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        Console.WriteLine($"start → healthy /health: median {Median(healthy):F0} ms; " +
                          $"start → first successful command: median {Median(first):F0} ms; API CPU by then: median {Median(cpu):F0} ms " +
                          $"({options.StartRuns} starts, {options.Environment})");
    }

    /// <summary>
    /// The case-list rebuild as an operator runs it, through the service's own daemon (its compiled,
    /// warmed code), against a COPY of the same rows. It starts once the asynchronous projections have
    /// caught up, so that it is not timed against their catch-up.
    /// </summary>
    public static async Task<string> RebuildThroughService(ApiProcess api, Options options)
    {
        await StoreMeasures.WaitForDaemon(options.ConnectionString, TimeSpan.FromMinutes(5));
        var admin = await api.Client("bench.admin", "admin", "610100");
        return await StoreMeasures.RebuildAgainstCopy(options.ConnectionString, async () =>
        {
            using var rebuilt = await admin.PostAsync("/api/admin/projections/CaseSummary/rebuild", null);
            rebuilt.EnsureSuccessStatusCode();
        });
    }

    /// <summary>
    /// An opening's and an append's own statements replayed by pgbench (<see cref="DatabaseFloor"/>),
    /// each client count paired with pgbench's single-row insert just after it, so that both meet the
    /// machine in the same minute.
    /// </summary>
    public static async Task PrintDatabaseFloor(Options options, string clerk)
    {
        var opening = await DatabaseFloor.PrepareOpening(options.ConnectionString, clerk);
        // Enough cases for three appends each at up to 3,000 appends a second, spread over the clients.
        var casesPerLevel = (int)(1000 * options.Duration.TotalSeconds);
        Task<string?> Append(int clients) =>
            DatabaseFloor.PrepareAppend(options.ConnectionString, clerk, clients, (casesPerLevel + clients - 1) / clients);
        var first = opening is null ? null : await Append(options.Clients[0]);
        if (opening is null || first is null)
        {
            Console.WriteLine("database floor: no opening and acceptance stored to replay");
            return;
        }
        Console.WriteLine();
        Console.WriteLine("The database alone: an opening's statements (the append function and the summary upsert, two round trips) " +
                          "and an append's (the stream's version and events, the summary's load, the append function and the " +
                          "summary upsert, four round trips), replayed by pgbench, prepared, against pgbench's single-row insert just after:");
        Console.WriteLine("| clients | openings/s | appends/s | pgbench insert tps | open ratio | append ratio |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var clients in options.Clients)
        {
            var opened = await PgBench.TransactionsPerSecond(options, clients, opening, "-M", "prepared");
            var append = clients == options.Clients[0] ? first : (await Append(clients))!;
            var appended = await PgBench.TransactionsPerSecond(options, clients, append, "-M", "prepared", "-D", "k=0");
            var insert = await PgBench.TransactionsPerSecond(options, clients);
            Console.WriteLine($"| {clients} | {opened:F0} | {appended:F0} | {insert:F0} | {opened / insert:F3} | {appended / insert:F3} |");
        }
        Console.WriteLine();
        await DatabaseFloor.Drop(options.ConnectionString);
    }

    public static async Task Run(Options options)
    {
        Console.WriteLine($"TrafficCqrs benchmark — {Environment.ProcessorCount} cores, {options.Duration.TotalSeconds:F0} s per phase, " +
                          $"clients {string.Join(",", options.Clients)}");
        
        await PgBench.Prepare(options.ConnectionString);
        if (options.StartRuns > 0)
        {
            await TimeStarts(options);
            return;
        }
        await using var api = await ApiProcess.Start(options);
        Console.WriteLine($"start → healthy /health: {api.StartToHealthy.TotalMilliseconds:F0} ms; " +
                          $"start → first successful command: {api.StartToFirstCommand.TotalMilliseconds:F0} ms");
        
        var clerk = await api.Client("bench.clerk", "clerk", "610100");
        var rows = new List<(LoadResult Result, double PgTps)>();
        var meter = await CpuMeter.For(api.ProcessId, options.ConnectionString);
        var cpu = new Dictionary<LoadResult, CpuMeter.Sample>();
        var pgCpu = new Dictionary<int, double>();
        
        foreach (var clients in options.Clients)
        {
            var opened = new ConcurrentQueue<Guid>();
        
            var before = meter?.Take();
            var open = await LoadRun.Run("open case", clients, options.Duration, async _ =>
            {
                HttpResponseMessage? kept = null;
                var (ms, ok) = await LoadRun.Timed(async () =>
                {
                    kept = await clerk.PostAsync("/api/cases", Json.Body(
                        new { businessType = "licence.apply", applicantIdNumber = Identity.NewIdNumber() }));
                    return kept;
                });
                if (ok)
                {
                    // The response was disposed after timing; the Location header survives on the message object.
                    var id = kept!.Headers.Location!.ToString().Split('/').Last();
                    opened.Enqueue(Guid.Parse(id));
                }
                return (ok ? [ms] : [], ok ? 0 : 1);
            });
        
            if (meter is not null) cpu[open] = meter.Take() - before!.Value;
            before = meter?.Take();
            var append = await LoadRun.Run("accept+pay+complete", clients, options.Duration, async _ =>
            {
                if (!opened.TryDequeue(out var id))
                {
                    var created = await clerk.PostAsync("/api/cases", Json.Body(
                        new { businessType = "licence.apply", applicantIdNumber = Identity.NewIdNumber() }));
                    id = Guid.Parse(JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>());
                }
                var latencies = new List<double>(3);
                var failures = 0;
                foreach (var send in new Func<Task<HttpResponseMessage>>[]
                         {
                             () => clerk.PostAsync($"/api/cases/{id}/accept", null),
                             () => clerk.PostAsync($"/api/cases/{id}/payments", Json.Body(
                                 new { amount = 10m, method = "wechat", reference = "WX-" + id.ToString("N")[..16] })),
                             () => clerk.PostAsync($"/api/cases/{id}/complete", null),
                         })
                {
                    var (ms, ok) = await LoadRun.Timed(send);
                    if (ok) latencies.Add(ms);
                    else failures++;
                }
                return (latencies, failures);
            });
        
            if (meter is not null) cpu[append] = meter.Take() - before!.Value;
            before = meter?.Take();
            var tps = await PgBench.TransactionsPerSecond(options, clients);
            if (meter is not null) pgCpu[clients] = (meter.Take() - before!.Value).DatabaseSeconds / (tps * options.Duration.TotalSeconds);
            rows.Add((open, tps));
            rows.Add((append, tps));
            Console.WriteLine($"  {clients,3} clients: open {open.PerSecond,8:F0}/s  append {append.PerSecond,8:F0}/s  pgbench {tps,8:F0}/s");
        }
        
        var (rss, peak) = api.Memory();
        var (anon, file, shmem) = api.MemoryParts();
        
        Console.WriteLine();
        Console.WriteLine("| scenario | clients | commands/s | p50 ms | p95 ms | p99 ms | failures | pgbench tps | ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (r, tps) in rows)
            Console.WriteLine($"| {r.Scenario} | {r.Clients} | {r.PerSecond:F0} | {r.P50Ms:F1} | {r.P95Ms:F1} | {r.P99Ms:F1} | {r.Failures} | {tps:F0} | {r.PerSecond / tps:F3} |");
        Console.WriteLine();
        if (meter is not null)
        {
            Console.WriteLine("CPU per command (API process; PostgreSQL cluster; this load generator), against PostgreSQL per pgbench insert:");
            Console.WriteLine("| scenario | clients | API CPU µs | PostgreSQL CPU µs | load generator CPU µs | pgbench PostgreSQL CPU µs |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (r, _) in rows)
                if (cpu.TryGetValue(r, out var c) && r.Commands > 0)
                    Console.WriteLine($"| {r.Scenario} | {r.Clients} | {c.ApiSeconds * 1e6 / r.Commands:F0} | {c.DatabaseSeconds * 1e6 / r.Commands:F0} | " +
                                      $"{c.LoadSeconds * 1e6 / r.Commands:F0} | {pgCpu.GetValueOrDefault(r.Clients) * 1e6:F0} |");
            Console.WriteLine();
        }
        Console.WriteLine($"API memory after the load: {rss:F0} MB resident, {peak:F0} MB peak " +
                          $"(anonymous {anon:F0} MB, mapped files {file:F0} MB, shared memory {shmem:F0} MB)");
        
        Console.WriteLine("after the load: " + await RebuildThroughService(api, options));
        
        if (options.TraceEvents > 0)
        {
            await StoreMeasures.SeedTo(options.ConnectionString, options.TraceEvents);
            var caseId = await StoreMeasures.CaseWithEvents(options.ConnectionString, 50);
            // Let the daemon (hash chain, timeline index, statistics) finish the seeded events first,
            // so the latency measured is the query's and not the catch-up's.
            var waited = await StoreMeasures.WaitForDaemon(options.ConnectionString, TimeSpan.FromMinutes(15));
            Console.WriteLine($"projections caught up with the seeded events in {waited.TotalSeconds:F0} s");
            var auditor = await api.Client("bench.auditor", "auditor", "610100");
            async Task<(double P50, double P99)> Latency(string url)
            {
                var samples = new List<double>();
                for (var i = 0; i < 220; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    using var response = await auditor.GetAsync(url);
                    response.EnsureSuccessStatusCode();
                    await response.Content.ReadAsByteArrayAsync();
                    if (i >= 20) samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                samples.Sort();
                return (samples[samples.Count / 2], samples[(int)(samples.Count * 0.99)]);
            }
            var stored = await StoreMeasures.EventCount(options.ConnectionString);
            var trace = await Latency($"/api/audit/cases/{caseId}/trace");
            var travel = await Latency($"/api/audit/cases/{caseId}/state?version=25");
            Console.WriteLine($"with {stored:N0} events stored: 50-event case trace p50 {trace.P50:F1} ms, p99 {trace.P99:F1} ms; " +
                              $"state at version 25 p50 {travel.P50:F1} ms, p99 {travel.P99:F1} ms");
            // Again on the million-event store: the rebuild's rate depends on the store's size (see
            // docs/benchmarks.md), so both are printed.
            Console.WriteLine($"with {stored:N0} events stored: " + await RebuildThroughService(api, options));
        }

        // Last, with the service stopped: what the database alone does with an opening's statements.
        await api.DisposeAsync();
        await PrintDatabaseFloor(options, "bench.clerk");
    }
}
