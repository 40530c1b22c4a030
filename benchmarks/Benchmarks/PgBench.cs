using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace TrafficCqrs.Benchmarks;

/// <summary>Plain PostgreSQL on the same machine: single-row insert transactions with pgbench.</summary>
public static partial class PgBench
{
    public const string Table = "bench_insert";

    public static async Task Prepare(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            create table if not exists {Table} (
              id bigserial primary key,
              stream_id uuid not null,
              data jsonb not null,
              created timestamptz not null default now());
            truncate {Table};
            """;
        await command.ExecuteNonQueryAsync();
    }

    public static Task<double> TransactionsPerSecond(Options options, int clients) =>
        TransactionsPerSecond(options, clients,
            $"insert into {Table} (stream_id, data) values (gen_random_uuid(), '{{\"businessType\":\"licence.renew\",\"fee\":10}}');\n");

    /// <summary>Runs <paramref name="scriptText"/> as pgbench's transaction at this many clients; answers its rate.</summary>
    public static async Task<double> TransactionsPerSecond(Options options, int clients, string scriptText,
        params string[] extra)
    {
        var cs = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, scriptText);
        var info = new ProcessStartInfo(Path.Combine(options.PgBin, "pgbench"),
        [
            "-n", "-c", clients.ToString(), "-j", Math.Min(clients, 4).ToString(),
            "-T", ((int)options.Duration.TotalSeconds).ToString(), "-f", script, .. extra,
            "-h", cs.Host!, "-p", cs.Port.ToString(), "-U", cs.Username ?? "postgres", cs.Database!,
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (cs.Password is { } password) info.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        File.Delete(script);
        var match = TpsLine().Match(output);
        // A client that met an error is aborted and the rate counts only the others: that is no figure.
        if (!match.Success || process.ExitCode != 0)
            throw new InvalidOperationException($"pgbench failed ({process.ExitCode}): {output}{await errors}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsLine();
}
