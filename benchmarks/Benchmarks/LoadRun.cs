using System.Collections.Concurrent;
using System.Diagnostics;

namespace TrafficCqrs.Benchmarks;

public sealed record LoadResult(string Scenario, int Clients, long Commands, long Failures, TimeSpan Elapsed,
    double P50Ms, double P95Ms, double P99Ms)
{
    public double PerSecond => Commands / Elapsed.TotalSeconds;
}

/// <summary>Runs one scenario with N concurrent clients for a fixed time and records each command's latency.</summary>
public static class LoadRun
{
    /// <param name="step">One unit of work; returns the latencies (ms) of the commands it counted and any failures.</param>
    public static async Task<LoadResult> Run(string scenario, int clients, TimeSpan duration,
        Func<int, Task<(IReadOnlyList<double> Latencies, int Failures)>> step)
    {
        var latencies = new ConcurrentBag<double>();
        long failures = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async worker =>
        {
            while (clock.Elapsed < duration)
            {
                var (counted, failed) = await step(worker);
                foreach (var l in counted) latencies.Add(l);
                Interlocked.Add(ref failures, failed);
            }
        });
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var sorted = latencies.OrderBy(x => x).ToArray();
        double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
        return new LoadResult(scenario, clients, sorted.Length, failures, elapsed,
            Percentile(0.50), Percentile(0.95), Percentile(0.99));
    }

    public static async Task<(double Ms, bool Ok)> Timed(Func<Task<HttpResponseMessage>> send)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await send();
        return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, response.IsSuccessStatusCode);
    }
}
