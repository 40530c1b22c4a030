using System.Globalization;
using TrafficCqrs.Benchmarks;

// benchmark (default), `faults [--short]`, `nodes`, `floor` (an opening's and an append's statements
// alone in pgbench) or `rebuild [--trace-events N]` (the rebuild against COPY alone, on a store filled
// to N events): see scripts/benchmark.sh and scripts/faults.sh.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = Options.Parse(args);
if (args.Length > 0 && args[0] == "faults")
    return await FaultSuite.Run(options, shortRun: args.Contains("--short"));
if (args.Length > 0 && args[0] == "nodes")
    return await NodesCheck.Run(options);
if (args.Length > 0 && args[0] == "rebuild")
{
    await StoreMeasures.EnsureSchema(options.ConnectionString);
    await StoreMeasures.SeedTo(options.ConnectionString, options.TraceEvents);
    await using var api = await ApiProcess.Start(options);
    Console.WriteLine(await BenchmarkRun.RebuildThroughService(api, options));
    return 0;
}
if (args.Length > 0 && args[0] == "floor")
{
    // An opening's and an append's statements alone, copied from a case opened and accepted through the service.
    await PgBench.Prepare(options.ConnectionString);
    await using (var api = await ApiProcess.Start(options))
    {
        // The start's first command opened a case; one accepted case gives the append to copy.
        var clerk = await api.Client("bench.clerk", "clerk", "610100");
        using var opened = await clerk.PostAsync("/api/cases", Json.Body(
            new { businessType = "licence.apply", applicantIdNumber = Identity.NewIdNumber() }));
        opened.EnsureSuccessStatusCode();
        using var accepted = await clerk.PostAsync(opened.Headers.Location + "/accept", null);
        accepted.EnsureSuccessStatusCode();
    }
    await BenchmarkRun.PrintDatabaseFloor(options, "bench.clerk");
    return 0;
}
await BenchmarkRun.Run(options);
return 0;
