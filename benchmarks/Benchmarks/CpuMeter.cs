using System.Globalization;
using Npgsql;

namespace TrafficCqrs.Benchmarks;

/// <summary>
/// CPU time spent by the API process, by the PostgreSQL cluster and by this process (the load
/// generator), read from /proc, so a phase can say how much of each a command costs. The cluster's
/// time is its postmaster's own and reaped children's, plus every live backend's: backends that end
/// during a phase (pgbench's) still count.
/// </summary>
public sealed class CpuMeter
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly int _apiPid;
    private readonly int _postmasterPid;

    private CpuMeter(int apiPid, int postmasterPid)
    {
        _apiPid = apiPid;
        _postmasterPid = postmasterPid;
    }

    public static async Task<CpuMeter?> For(int apiPid, string connectionString)
    {
        if (!OperatingSystem.IsLinux()) return null;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync())!;
        var postmaster = ReadStat(backend) is { } stat ? stat.ParentPid : 0;
        return postmaster == 0 ? null : new CpuMeter(apiPid, postmaster);
    }

    public Sample Take()
    {
        var api = ReadStat(_apiPid) is { } a ? a.Own : 0;
        var load = ReadStat(Environment.ProcessId) is { } l ? l.Own : 0;
        double database = 0;
        if (ReadStat(_postmasterPid) is { } pm) database += pm.Own + pm.Children;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == _postmasterPid) continue;
            if (ReadStat(pid) is { } s && s.ParentPid == _postmasterPid) database += s.Own;
        }
        return new Sample(api / TicksPerSecond, database / TicksPerSecond, load / TicksPerSecond);
    }

    public readonly record struct Sample(double ApiSeconds, double DatabaseSeconds, double LoadSeconds)
    {
        public static Sample operator -(Sample a, Sample b) =>
            new(a.ApiSeconds - b.ApiSeconds, a.DatabaseSeconds - b.DatabaseSeconds, a.LoadSeconds - b.LoadSeconds);
    }

    private sealed record Stat(int ParentPid, double Own, double Children);

    private static Stat? ReadStat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            // The command name is in parentheses and may hold spaces: fields start after the last ')'.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            double F(int field) => double.Parse(fields[field - 3], CultureInfo.InvariantCulture);
            return new Stat((int)F(4), F(14) + F(15), F(16) + F(17));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
