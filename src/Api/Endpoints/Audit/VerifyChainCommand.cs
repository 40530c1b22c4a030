using System.Text.Json;
using JasperFx.CommandLine;
using Marten;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Application.Audit;

namespace TrafficCqrs.Api.Endpoints.Audit;

public sealed class VerifyChainInput : NetCoreInput
{
    [Description("A checkpoint exported from GET /api/audit/chain/checkpoints/latest (a JSON file) to verify against")]
    public string? CheckpointFlag { get; set; }

    [Description("The province whose database to verify, when each province has its own (Tenancy:Provinces)")]
    public string? ProvinceFlag { get; set; }
}

/// <summary>
/// `dotnet run --project src/Api -- verify-chain [--checkpoint file.json]`: the same verification as
/// GET /api/audit/chain/verify, from the operator's shell; exits 1 when the chain is not intact.
/// </summary>
[Description("Recompute the audit hash chain from the stored events and name the first broken sequence",
    Name = "verify-chain")]
public sealed class VerifyChainCommand : JasperFxAsyncCommand<VerifyChainInput>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public override async Task<bool> Execute(VerifyChainInput input)
    {
        var checkpoints = new List<ChainCheckpoint>();
        if (input.CheckpointFlag is { } file)
            checkpoints.Add(JsonSerializer.Deserialize<ChainCheckpoint>(await File.ReadAllTextAsync(file), Json)
                            ?? throw new InvalidOperationException($"{file} holds no checkpoint."));

        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        // Each province's database has a chain of its own.
        var tenancy = host.Services.GetRequiredService<ProvinceTenancySettings>();
        if (tenancy.IsOn && (input.ProvinceFlag is null || !tenancy.Serves(input.ProvinceFlag)))
        {
            Console.WriteLine($"Name the province to verify with --province: one of {string.Join(", ", tenancy.Provinces.Keys)}.");
            return false;
        }
        await using var session = tenancy.IsOn
            ? store.QuerySession(ProvinceTenancySettings.Normalise(input.ProvinceFlag!))
            : store.QuerySession();
        var report = await ChainVerification.VerifyAsync(session, checkpoints, DateTimeOffset.UtcNow, CancellationToken.None);
        Console.WriteLine(JsonSerializer.Serialize(report, Json));
        Console.WriteLine(report.Intact
            ? $"Chain intact: {report.EventsChecked} events, chained through {report.ChainedThrough}."
            : $"CHAIN BROKEN: first broken sequence {report.FirstBrokenSequence?.ToString() ?? "(see checkpoints)"}, {report.BreakCount} break(s).");
        return report.Intact;
    }
}
