namespace TrafficCqrs.Domain.Supervision;

/// <summary>One sanction in a target's record.</summary>
public sealed record Sanction(Guid Id, string Measure, string Reason, DateTimeOffset From, DateTimeOffset? Until,
    DateTimeOffset? LiftedAt)
{
    /// <summary>In force at an instant: begun, not yet over, not lifted.</summary>
    public bool InForceAt(DateTimeOffset at) =>
        From <= at && (Until is null || at < Until) && (LiftedAt is null || at < LiftedAt);
}

/// <summary>Whether a target may do business at an instant, and the sanctions that say no.</summary>
public sealed record SanctionStanding(string TargetKind, string TargetCode, DateTimeOffset At,
    IReadOnlyList<Sanction> InForce)
{
    public bool Blacklisted => InForce.Any(s => s.Measure == SanctionMeasures.Blacklisted);
    public bool Suspended => InForce.Any(s => s.Measure == SanctionMeasures.Suspended);
    public bool MayDoBusiness => InForce.Count == 0;
}

/// <summary>An outlet's, station's or venue's supervision record: inspections and sanctions.</summary>
public sealed record SanctionRecord
{
    public Guid Id { get; init; }
    public long Version { get; init; }
    public string TargetKind { get; init; } = "";
    public string TargetCode { get; init; } = "";
    public IReadOnlyList<Sanction> Sanctions { get; init; } = [];
    public int Inspections { get; init; }
    public int NonCompliantInspections { get; init; }
    public DateTimeOffset? LastInspectedAt { get; init; }

    /// <summary>The stream (and record) id of a target: one per kind and code.</summary>
    public static Guid IdFor(string targetKind, string targetCode) =>
        DeterministicIds.For($"sanctions:{targetKind}:{targetCode.Trim().ToUpperInvariant()}");

    public SanctionStanding StandingAt(DateTimeOffset at) =>
        new(TargetKind, TargetCode, at, Sanctions.Where(s => s.InForceAt(at)).ToList());

    public static SanctionRecord Create(InspectionRecorded e) => Empty(e.TargetKind, e.TargetCode).Apply(e);
    public static SanctionRecord Create(SanctionImposed e) => Empty(e.TargetKind, e.TargetCode).Apply(e);

    public SanctionRecord Apply(InspectionRecorded e) => this with
    {
        Inspections = Inspections + 1,
        NonCompliantInspections = NonCompliantInspections + (e.Compliant ? 0 : 1),
        LastInspectedAt = e.InspectedAt,
    };

    public SanctionRecord Apply(SanctionImposed e) =>
        this with { Sanctions = [.. Sanctions, new Sanction(e.SanctionId, e.Measure, e.Reason, e.From, e.Until, null)] };

    public SanctionRecord Apply(SanctionLifted e) => this with
    {
        Sanctions = Sanctions.Select(s => s.Id == e.SanctionId ? s with { LiftedAt = e.LiftedAt } : s).ToList(),
    };

    private static SanctionRecord Empty(string kind, string code) =>
        new() { Id = IdFor(kind, code), TargetKind = kind, TargetCode = code };
}
