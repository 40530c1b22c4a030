using System.Globalization;
using TrafficCqrs.Benchmarks;

// benchmark (default) or `faults [--short]`: see scripts/benchmark.sh and scripts/faults.sh.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = Options.Parse(args);
if (args.Length > 0 && args[0] == "faults")
    return await FaultSuite.Run(options, shortRun: args.Contains("--short"));
if (args.Length > 0 && args[0] == "nodes")
    return await NodesCheck.Run(options);
await BenchmarkRun.Run(options);
return 0;
