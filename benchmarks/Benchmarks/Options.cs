namespace TrafficCqrs.Benchmarks;

/// <summary>
/// Command-line settings: --duration S, --clients 1,4,16,64, --trace-events N, --api-dll PATH,
/// --environment NAME (the API's ASPNETCORE_ENVIRONMENT), --start-runs N (only time N starts).
/// </summary>
public sealed record Options(
    TimeSpan Duration,
    IReadOnlyList<int> Clients,
    long TraceEvents,
    string ApiDll,
    string ConnectionString,
    string PgBin,
    int Port,
    string Environment = "Development",
    int StartRuns = 0)
{
    public static Options Parse(string[] args)
    {
        string Arg(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var connection = System.Environment.GetEnvironmentVariable("ConnectionStrings__Traffic")
                         ?? throw new InvalidOperationException("Set ConnectionStrings__Traffic (scripts/benchmark.sh does).");
        return new Options(
            TimeSpan.FromSeconds(double.Parse(Arg("--duration", "10"))),
            Arg("--clients", "1,4,16,64").Split(',').Select(int.Parse).ToList(),
            long.Parse(Arg("--trace-events", "1000000")),
            Path.GetFullPath(Arg("--api-dll", "src/Api/bin/Release/net10.0/TrafficCqrs.Api.dll")),
            connection,
            Arg("--pg-bin", "/usr/lib/postgresql/15/bin"),
            int.Parse(Arg("--port", "5090")),
            Arg("--environment", "Development"),
            int.Parse(Arg("--start-runs", "0")));
    }
}
