using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using TrafficCqrs.Projections;

namespace TrafficCqrs.Benchmarks;

/// <summary>
/// Faults injected under load, and the proof that nothing acknowledged was lost or applied twice:
/// the API killed with SIGKILL mid-load, PostgreSQL restarted mid-load, many writers racing on one
/// stream. Exit code 1 when any promise is broken.
/// </summary>
public static class FaultSuite
{
    private sealed class Tally
    {
        public long Sent;
        public long ServerErrors;          // 500s: must stay 0
        public long Unavailable;           // 503 with Retry-After while the database is away
        public long ConnectionFailures;    // no answer at all (the process was gone)
        public readonly ConcurrentBag<Guid> AcknowledgedOpens = [];
        public readonly ConcurrentBag<Guid> AcknowledgedAccepts = [];
        public readonly ConcurrentBag<Guid> Attempted = [];
        public DateTimeOffset LastSuccess;
    }

    public static async Task<int> Run(Options options, bool shortRun)
    {
        var duration = shortRun ? TimeSpan.FromSeconds(6) : TimeSpan.FromSeconds(Math.Max(20, options.Duration.TotalSeconds));
        Console.WriteLine($"Fault suite ({(shortRun ? "short" : "long")}): {duration.TotalSeconds:F0} s of load per fault");
        var failures = new List<string>();
        var faults = 0;
        var totals = new Tally();

        // 1. SIGKILL of the API in the middle of the load, then a restart.
        var api = await ApiProcess.Start(options);
        var office = "F" + Guid.NewGuid().ToString("N")[..8];
        var clerk = await api.Client("fault.clerk", "clerk", office);
        var kill = new Tally();
        var load = Load(clerk, kill, duration, clients: 8);
        await Task.Delay(duration / 2);
        await api.KillHard();
        faults++;
        Console.WriteLine("  API killed with SIGKILL under load; restarting");
        api = await ApiProcess.Start(options);
        await load;
        failures.AddRange(await CheckStoredOnce("after SIGKILL", options, kill));
        failures.AddRange(await CheckReadModels(options, office));
        Merge(totals, kill);

        // 2. PostgreSQL restarted in the middle of the load.
        var pg = new Tally();
        var restartEnded = DateTimeOffset.MaxValue;
        load = Load(clerk, pg, duration, clients: 8);
        await Task.Delay(duration / 3);
        await RestartPostgres(options);
        restartEnded = DateTimeOffset.UtcNow;
        faults++;
        Console.WriteLine("  PostgreSQL restarted under load");
        await load;
        if (pg.LastSuccess <= restartEnded)
            failures.Add("the API did not serve again after PostgreSQL came back");
        failures.AddRange(await CheckStoredOnce("after the PostgreSQL restart", options, pg));
        Merge(totals, pg);

        // 3. Many writers racing on one stream with the same expected version.
        var (races, raceFailures) = await Race(clerk, cases: shortRun ? 10 : 50, writers: 16);
        failures.AddRange(raceFailures);

        await api.DisposeAsync();

        var (found, lost, duplicated) = await CountStored(options, totals);
        Console.WriteLine();
        Console.WriteLine("| figure | value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| commands sent | {totals.Sent} |");
        Console.WriteLine($"| acknowledged (2xx) | {totals.AcknowledgedOpens.Count + totals.AcknowledgedAccepts.Count} |");
        Console.WriteLine($"| found in the store | {found} |");
        Console.WriteLine($"| lost | {lost} |");
        Console.WriteLine($"| duplicated | {duplicated} |");
        Console.WriteLine($"| answered 503 while the database was away | {totals.Unavailable} |");
        Console.WriteLine($"| answered 500 | {totals.ServerErrors} |");
        Console.WriteLine($"| no answer (process gone) | {totals.ConnectionFailures} |");
        Console.WriteLine($"| races on one stream (one winner, the rest 409) | {races} |");
        Console.WriteLine($"| faults injected | {faults} |");

        if (totals.ServerErrors > 0) failures.Add($"{totals.ServerErrors} answers were 500");
        foreach (var failure in failures) Console.WriteLine("FAILED: " + failure);
        Console.WriteLine(failures.Count == 0 ? "All promises kept." : $"{failures.Count} promise(s) broken.");
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Clients that open a case with a known id, then accept it, until the time is up.</summary>
    private static async Task Load(HttpClient clerk, Tally tally, TimeSpan duration, int clients)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var id = Guid.NewGuid();
                tally.Attempted.Add(id);
                if (await Send(tally, () => clerk.PostAsJsonAsync("/api/cases",
                        new { caseId = id, businessType = "licence.apply", applicantIdNumber = Identity.NewIdNumber() })))
                {
                    tally.AcknowledgedOpens.Add(id);
                    if (await Send(tally, () => clerk.PostAsync($"/api/cases/{id}/accept", null)))
                        tally.AcknowledgedAccepts.Add(id);
                }
                else
                {
                    await Task.Delay(50);
                }
            }
        }));
    }

    private static async Task<bool> Send(Tally tally, Func<Task<HttpResponseMessage>> send)
    {
        Interlocked.Increment(ref tally.Sent);
        try
        {
            using var response = await send();
            if (response.IsSuccessStatusCode)
            {
                tally.LastSuccess = DateTimeOffset.UtcNow;
                return true;
            }
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null)
                Interlocked.Increment(ref tally.Unavailable);
            else if ((int)response.StatusCode >= 500)
            {
                Interlocked.Increment(ref tally.ServerErrors);
                Console.Error.WriteLine($"  {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
            return false;
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref tally.ConnectionFailures);
            return false;
        }
    }

    private static async Task<IEnumerable<string>> CheckStoredOnce(string when, Options options, Tally tally)
    {
        var (found, lost, duplicated) = await CountStored(options, tally);
        Console.WriteLine($"  {when}: {tally.AcknowledgedOpens.Count + tally.AcknowledgedAccepts.Count} acknowledged, " +
                          $"{found} found, {lost} lost, {duplicated} duplicated");
        var problems = new List<string>();
        if (lost > 0) problems.Add($"{lost} acknowledged commands lost {when}");
        if (duplicated > 0) problems.Add($"{duplicated} commands stored twice {when}");
        return problems;
    }

    /// <summary>Each acknowledged open must have exactly one case.opened, each acknowledged accept one case.accepted.</summary>
    private static async Task<(long Found, long Lost, long Duplicated)> CountStored(Options options, Tally tally)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select stream_id, type, count(*) from {TrafficStoreConfiguration.Schema}.mt_events " +
            "where stream_id = any(@ids) and type in ('case.opened', 'case.accepted') group by stream_id, type", connection);
        command.Parameters.AddWithValue("ids", tally.Attempted.ToArray());
        var counts = new Dictionary<(Guid, string), long>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                counts[(reader.GetGuid(0), reader.GetString(1))] = reader.GetInt64(2);

        long found = 0, lost = 0, duplicated = 0;
        void Check(IEnumerable<Guid> ids, string type)
        {
            foreach (var id in ids)
            {
                var n = counts.GetValueOrDefault((id, type));
                if (n == 0) lost++;
                else found++;
                if (n > 1) duplicated++;
            }
        }
        Check(tally.AcknowledgedOpens, "case.opened");
        Check(tally.AcknowledgedAccepts, "case.accepted");
        // Nothing may be stored twice, acknowledged or not.
        duplicated += counts.Count(c => c.Value > 1 && !tally.AcknowledgedOpens.Contains(c.Key.Item1));
        return (found, lost, duplicated);
    }

    /// <summary>The case list must agree with the events, before and after a rebuild.</summary>
    private static async Task<IEnumerable<string>> CheckReadModels(Options options, string office)
    {
        async Task<Dictionary<string, long>> Statuses(string sql)
        {
            await using var connection = new NpgsqlConnection(options.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("office", office);
            var result = new Dictionary<string, long>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) result[reader.GetString(0)] = reader.GetInt64(1);
            return result;
        }
        var schema = TrafficStoreConfiguration.Schema;
        var fromEvents = $"""
            select case when bool_or(type = 'case.accepted') then 'Accepted' else 'Opened' end, 1
            from {schema}.mt_events e
            where stream_id in (select stream_id from {schema}.mt_events
                                where type = 'case.opened' and data ->> 'office' = @office)
            group by stream_id
            """;
        var expected = (await Statuses($"select status, count(*) from ({fromEvents}) s(status, n) group by status"));
        var readModelSql = $"select data ->> 'status', count(*) from {schema}.mt_doc_casesummary where data ->> 'office' = @office group by 1";
        var before = await Statuses(readModelSql);
        await StoreMeasures.Rebuild(options.ConnectionString);
        var after = await Statuses(readModelSql);

        string Show(Dictionary<string, long> d) => string.Join(", ", d.OrderBy(x => x.Key).Select(x => $"{x.Key} {x.Value}"));
        Console.WriteLine($"  case list by status — from events: {Show(expected)}; read model: {Show(before)}; after rebuild: {Show(after)}");
        var problems = new List<string>();
        if (Show(expected) != Show(before)) problems.Add("the case list disagrees with the events after the crash");
        if (Show(before) != Show(after)) problems.Add("the case list changed on rebuild");
        return problems;
    }

    private static async Task RestartPostgres(Options options)
    {
        string dataDirectory;
        await using (var connection = new NpgsqlConnection(options.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("show data_directory", connection);
            dataDirectory = (string)(await command.ExecuteScalarAsync())!;
        }
        NpgsqlConnection.ClearAllPools();
        var pgCtl = Path.Combine(options.PgBin, "pg_ctl");
        var asRoot = Environment.UserName == "root";
        var info = asRoot
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", pgCtl, "-D", dataDirectory, "restart", "-m", "fast", "-w"])
            : new ProcessStartInfo(pgCtl, ["-D", dataDirectory, "restart", "-m", "fast", "-w"]);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException("pg_ctl restart failed: " + await process.StandardError.ReadToEndAsync());
    }

    private static async Task<(int Races, IEnumerable<string> Failures)> Race(HttpClient clerk, int cases, int writers)
    {
        var problems = new List<string>();
        for (var i = 0; i < cases; i++)
        {
            var id = Guid.NewGuid();
            (await clerk.PostAsJsonAsync("/api/cases",
                new { caseId = id, businessType = "licence.apply", applicantIdNumber = Identity.NewIdNumber() })).EnsureSuccessStatusCode();
            var answers = await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/accept");
                request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                using var response = await clerk.SendAsync(request);
                return response.StatusCode;
            }));
            var won = answers.Count(a => a == HttpStatusCode.OK);
            var conflicts = answers.Count(a => a == HttpStatusCode.Conflict);
            if (won != 1 || conflicts != writers - 1)
                problems.Add($"race on {id}: {won} winners, {conflicts} conflicts, others {string.Join(",", answers.Where(a => a is not HttpStatusCode.OK and not HttpStatusCode.Conflict))}");
        }
        return (cases, problems);
    }

    private static void Merge(Tally into, Tally from)
    {
        into.Sent += from.Sent;
        into.ServerErrors += from.ServerErrors;
        into.Unavailable += from.Unavailable;
        into.ConnectionFailures += from.ConnectionFailures;
        foreach (var id in from.AcknowledgedOpens) into.AcknowledgedOpens.Add(id);
        foreach (var id in from.AcknowledgedAccepts) into.AcknowledgedAccepts.Add(id);
        foreach (var id in from.Attempted) into.Attempted.Add(id);
    }
}
