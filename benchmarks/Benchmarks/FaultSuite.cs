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
        public long Refused;               // 4xx: none expected from this load
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
        var totals = new Tally();

        // 1. SIGKILL of the API in the middle of the load, then a restart.
        var api = new ApiHolder { Current = await ApiProcess.Start(options) };
        try
        {
            return await Run(options, shortRun, duration, api, failures, totals);
        }
        finally
        {
            await api.Current.DisposeAsync();
        }
    }

    /// <summary>The API process of the moment: a crash test replaces it.</summary>
    private sealed class ApiHolder
    {
        public required ApiProcess Current { get; set; }
    }

    private static async Task<int> Run(Options options, bool shortRun, TimeSpan duration, ApiHolder holder,
        List<string> failures, Tally totals)
    {
        var api = holder.Current;
        var faults = 0;
        var office = "F" + Guid.NewGuid().ToString("N")[..8];
        var clerk = await api.Client("fault.clerk", "clerk", office);
        var kill = new Tally();
        var load = Load(clerk, kill, duration, clients: 8);
        await Task.Delay(duration / 2);
        await api.KillHard();
        faults++;
        Console.WriteLine("  API killed with SIGKILL under load; restarting");
        api = holder.Current = await ApiProcess.Start(options);
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

        // 4. Clients that give up waiting and send again with the same Idempotency-Key.
        var (retried, retryFailures) = await TimeoutRetries(options, clerk, journeys: shortRun ? 20 : 100);
        failures.AddRange(retryFailures);
        faults += retried;

        await api.DisposeAsync();

        // 5. Backup and restore into a fresh database: same events, an intact chain, same figures.
        failures.AddRange(await BackupAndRestore(options, office));

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
        Console.WriteLine($"| client timeouts retried with the same Idempotency-Key | {retried} |");
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
            if ((int)response.StatusCode is >= 400 and < 500 && Interlocked.Increment(ref tally.Refused) == 1)
                Console.Error.WriteLine($"  first refusal {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
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
            using var opened = await clerk.PostAsJsonAsync("/api/cases",
                new { caseId = id, businessType = "licence.apply", applicantIdNumber = Identity.NewIdNumber() });
            opened.EnsureSuccessStatusCode();
            var version = opened.Headers.ETag!.Tag;
            var answers = await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/accept");
                request.Headers.TryAddWithoutValidation("If-Match", version);
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

    /// <summary>
    /// Each journey opens a case (the server picks the id) with a client timeout too short to wait
    /// for the answer, then sends the same request with the same key until it is answered. Exactly
    /// one case must exist for the applicant afterwards.
    /// </summary>
    private static async Task<(int Timeouts, IEnumerable<string> Failures)> TimeoutRetries(Options options,
        HttpClient clerk, int journeys)
    {
        var problems = new List<string>();
        var timeouts = 0;
        var applicants = new List<string>();
        // Only this phase's openings are counted: a random ID number may already have a case from an
        // earlier phase or an earlier run on the same database, which is not a double application.
        long before;
        await using (var start = new NpgsqlConnection(options.ConnectionString))
        {
            await start.OpenAsync();
            await using var last = new NpgsqlCommand(
                $"select coalesce(max(seq_id), 0) from {TrafficStoreConfiguration.Schema}.mt_events", start);
            before = (long)(await last.ExecuteScalarAsync())!;
        }
        using var impatient = new HttpClient { BaseAddress = clerk.BaseAddress, Timeout = TimeSpan.FromMilliseconds(1) };
        impatient.DefaultRequestHeaders.Authorization = clerk.DefaultRequestHeaders.Authorization;

        for (var i = 0; i < journeys; i++)
        {
            var applicant = Identity.NewIdNumber();
            applicants.Add(applicant);
            var key = Guid.NewGuid().ToString();
            HttpRequestMessage Request(HttpClient _) =>
                new(HttpMethod.Post, "/api/cases")
                {
                    Content = JsonContent.Create(new { businessType = "licence.apply", applicantIdNumber = applicant }),
                    Headers = { { "Idempotency-Key", key } },
                };
            try
            {
                using var first = await impatient.SendAsync(Request(impatient));
            }
            catch (TaskCanceledException)
            {
                timeouts++;
            }
            HttpStatusCode status;
            var attempts = 0;
            do
            {
                using var retry = await clerk.SendAsync(Request(clerk));
                status = retry.StatusCode;
                if (status == HttpStatusCode.Conflict) await Task.Delay(20); // the first is still running
            } while (status == HttpStatusCode.Conflict && ++attempts < 100);
            if (status != HttpStatusCode.Created)
                problems.Add($"a retried opening ended with {(int)status}");
        }

        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select data ->> 'applicantIdNumber', count(*) from {TrafficStoreConfiguration.Schema}.mt_events " +
            "where type = 'case.opened' and seq_id > @before and data ->> 'applicantIdNumber' = any(@ids) group by 1",
            connection);
        command.Parameters.AddWithValue("ids", applicants.ToArray());
        command.Parameters.AddWithValue("before", before);
        var opened = new Dictionary<string, long>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) opened[reader.GetString(0)] = reader.GetInt64(1);
        var twice = applicants.Count(a => opened.GetValueOrDefault(a) > 1);
        var never = applicants.Count(a => opened.GetValueOrDefault(a) == 0);
        Console.WriteLine($"  {journeys} openings retried after {timeouts} client timeouts: {twice} opened twice, {never} never opened");
        if (twice > 0) problems.Add($"{twice} retried openings were applied twice");
        if (never > 0) problems.Add($"{never} retried openings were never applied");
        return (timeouts, problems);
    }

    /// <summary>
    /// pg_dump of the store, pg_restore into a fresh database, then: the same events, the hash chain
    /// verified by the service's own command, and the case list rebuilt to the same figures.
    /// </summary>
    private static async Task<IEnumerable<string>> BackupAndRestore(Options options, string office)
    {
        var problems = new List<string>();
        var source = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        var restoredName = source.Database + "_restored";
        var restored = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Database = restoredName };
        var dump = Path.Combine(Path.GetTempPath(), $"trafficcqrs-{Guid.NewGuid():N}.dump");
        string[] Conn(NpgsqlConnectionStringBuilder b) => ["-h", b.Host!, "-p", b.Port.ToString(), "-U", b.Username ?? "postgres"];

        await Tool("pg_dump", [.. Conn(source), "-Fc", "-f", dump, source.Database!]);
        await Tool("dropdb", [.. Conn(source), "--if-exists", "--force", restoredName]);
        await Tool("createdb", [.. Conn(source), restoredName]);
        await Tool("pg_restore", [.. Conn(source), "-d", restoredName, "--no-owner", dump]);
        File.Delete(dump);

        var before = await StoreMeasures.EventCount(options.ConnectionString);
        var after = await StoreMeasures.EventCount(restored.ConnectionString);
        if (before != after) problems.Add($"the restore holds {after} events, the original {before}");

        var verify = new ProcessStartInfo("dotnet", [options.ApiDll, "verify-chain"])
        {
            WorkingDirectory = Path.GetDirectoryName(options.ApiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        verify.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        verify.Environment["ConnectionStrings__Traffic"] = restored.ConnectionString;
        using (var process = Process.Start(verify)!)
        {
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var verdict = output.Split('\n').LastOrDefault(l => l.StartsWith("Chain") || l.StartsWith("CHAIN")) ?? "(no verdict)";
            Console.WriteLine($"  restored {after:N0} events; verify-chain on the restore: {verdict.Trim()}");
            if (process.ExitCode != 0) problems.Add("the hash chain does not verify on the restored database");
        }

        var schema = TrafficStoreConfiguration.Schema;
        async Task<string> Figures(string cs)
        {
            await using var connection = new NpgsqlConnection(cs);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"select string_agg(s || ' ' || n, ', ' order by s) from (select data ->> 'status' s, count(*) n " +
                $"from {schema}.mt_doc_casesummary where data ->> 'office' = @office group by 1) x", connection);
            command.Parameters.AddWithValue("office", office);
            return (await command.ExecuteScalarAsync()) as string ?? "";
        }
        var original = await Figures(options.ConnectionString);
        await StoreMeasures.Rebuild(restored.ConnectionString);
        var rebuilt = await Figures(restored.ConnectionString);
        Console.WriteLine($"  case list on the original: {original}; on the restore after a rebuild: {rebuilt}");
        if (original != rebuilt) problems.Add("the restored store rebuilds to other figures");
        NpgsqlConnection.ClearAllPools();
        await Tool("dropdb", [.. Conn(source), "--if-exists", "--force", restoredName]);
        return problems;

        async Task Tool(string name, string[] arguments)
        {
            var info = new ProcessStartInfo(Path.Combine(options.PgBin, name), arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            if (source.Password is { } password) info.Environment["PGPASSWORD"] = password;
            using var process = Process.Start(info)!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{name} failed: {error}");
        }
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
