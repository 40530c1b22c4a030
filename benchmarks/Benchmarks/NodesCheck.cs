using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TrafficCqrs.Benchmarks;

/// <summary>
/// Two API processes on one database: both take commands; the asynchronous projections run on one
/// node at a time (hot/cold), so statistics count each case once; when that node is killed the
/// other takes the projections over.
/// </summary>
public static class NodesCheck
{
    public static async Task<int> Run(Options options)
    {
        var failures = new List<string>();
        var office = "N" + Guid.NewGuid().ToString("N")[..8];
        // Node A starts alone, so it is the one running the projections when B joins.
        await using var a = await ApiProcess.Start(options);
        var clerkA = await a.Client("node.clerk.a", "clerk", office);
        var analystA = await a.Client("node.analyst", "analyst", office);
        (await clerkA.PostAsJsonAsync("/api/cases",
            new { businessType = "licence.apply", applicantIdNumber = Identity.NewIdNumber() })).EnsureSuccessStatusCode();
        await WaitForOpened(analystA, office, 1, TimeSpan.FromSeconds(60));

        await using var b = await ApiProcess.Start(options with { Port = options.Port + 1 });
        var clerkB = await b.Client("node.clerk.b", "clerk", office);
        var analystB = await b.Client("node.analyst", "analyst", office);

        var (servedA, servedB) = (1, 0);
        const int firstRound = 199;
        for (var i = 0; i < firstRound; i++)
        {
            var onA = i % 2 == 0;
            var response = await (onA ? clerkA : clerkB).PostAsJsonAsync("/api/cases",
                new { businessType = "licence.apply", applicantIdNumber = Identity.NewIdNumber() });
            if (!response.IsSuccessStatusCode) failures.Add($"node {(onA ? "A" : "B")} answered {(int)response.StatusCode}");
            else if (onA) servedA++;
            else servedB++;
        }
        Console.WriteLine($"  commands served: node A {servedA}, node B {servedB}");
        if (servedA == 0 || servedB == 0) failures.Add("both nodes must serve commands");

        var (counted, highest, _) = await WaitForOpened(analystB, office, servedA + servedB, TimeSpan.FromSeconds(60));
        Console.WriteLine($"  statistics: {counted} cases opened counted for {servedA + servedB} opened (highest seen {highest})");
        if (counted != servedA + servedB || highest > servedA + servedB) failures.Add("statistics miscounted with two nodes");

        await a.KillHard();
        Console.WriteLine("  node A killed (SIGKILL)");
        var more = 0;
        for (var i = 0; i < 100; i++)
            if ((await clerkB.PostAsJsonAsync("/api/cases",
                    new { businessType = "licence.apply", applicantIdNumber = Identity.NewIdNumber() })).IsSuccessStatusCode)
                more++;
        var expected = servedA + servedB + more;
        var (after, highestAfter, waited) = await WaitForOpened(analystB, office, expected, TimeSpan.FromSeconds(120));
        Console.WriteLine($"  after the kill: node B served {more} more; statistics {after} of {expected} " +
                          $"(highest seen {highestAfter}), caught up in {waited.TotalSeconds:F1} s");
        if (after != expected || highestAfter > expected) failures.Add("statistics did not catch up exactly on the surviving node");

        foreach (var failure in failures) Console.WriteLine("FAILED: " + failure);
        Console.WriteLine(failures.Count == 0 ? "Both nodes served; statistics counted each case once, across a node kill." : "");
        return failures.Count == 0 ? 0 : 1;
    }

    private static async Task<(int Counted, int Highest, TimeSpan Waited)> WaitForOpened(HttpClient analyst, string office,
        int expected, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var (counted, highest) = (0, 0);
        while (clock.Elapsed < limit)
        {
            var response = await analyst.GetAsync($"/api/statistics/cases?office={office}&groupBy=office");
            if (response.IsSuccessStatusCode)
            {
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                counted = body["rows"]!.AsArray().Sum(r => r!["opened"]!.GetValue<int>());
                highest = Math.Max(highest, counted);
                if (counted >= expected) break;
            }
            await Task.Delay(250);
        }
        return (counted, highest, clock.Elapsed);
    }
}
