namespace TrafficCqrs.Domain.Accidents;

public enum AccidentStatus
{
    Reported,
    AwaitingPoliceDecision,
    ResponsibilityFixed,
    Closed,
}

/// <summary>Shares of responsibility (责任), from all to none.</summary>
public static class Responsibility
{
    public const string Full = "full";           // 全部责任
    public const string Main = "main";           // 主要责任
    public const string Equal = "equal";         // 同等责任
    public const string Secondary = "secondary"; // 次要责任
    public const string None = "none";           // 无责任

    public static readonly IReadOnlyList<string> All = [Full, Main, Equal, Secondary, None];
}

/// <summary>The state a decision about an accident needs, rebuilt from its events.</summary>
public sealed record Accident
{
    public Guid Id { get; init; }

    /// <summary>The version of the stream this state was built from (set by the event store).</summary>
    public long Version { get; init; }
    public IReadOnlyList<AccidentParty> Parties { get; init; } = [];
    public AccidentStatus Status { get; init; }
    public IReadOnlyList<ResponsibilityShare> Shares { get; init; } = [];
    public IReadOnlyDictionary<string, decimal> Assessments { get; init; } = new Dictionary<string, decimal>();
    public IReadOnlyDictionary<string, decimal> Settlements { get; init; } = new Dictionary<string, decimal>();
    public IReadOnlyList<string> Courts { get; init; } = [];

    public IEnumerable<string> Plates => Parties.Select(p => p.Plate);

    public bool IsInsuredBy(string insurer) =>
        Parties.Any(p => string.Equals(p.Insurer, insurer, StringComparison.OrdinalIgnoreCase));

    public AccidentParty? PartyWithPlate(string plate) => Parties.FirstOrDefault(p => p.Plate == plate);

    public static Accident Create(AccidentReported e) =>
        new() { Id = e.AccidentId, Parties = e.Parties, Status = AccidentStatus.Reported };

    public Accident Apply(AccidentResponsibilityAgreed e) =>
        this with { Status = AccidentStatus.ResponsibilityFixed, Shares = e.Shares };

    public Accident Apply(AccidentPoliceDecisionRequested e) => this with { Status = AccidentStatus.AwaitingPoliceDecision };

    public Accident Apply(AccidentResponsibilityDecided e) =>
        this with { Status = AccidentStatus.ResponsibilityFixed, Shares = e.Shares };

    public Accident Apply(AccidentDamageAssessed e) =>
        this with { Assessments = new Dictionary<string, decimal>(Assessments) { [e.Plate] = e.Amount } };

    public Accident Apply(AccidentClaimSettled e) =>
        this with { Settlements = new Dictionary<string, decimal>(Settlements) { [e.Plate] = e.Amount } };

    public Accident Apply(AccidentClosed e) => this with { Status = AccidentStatus.Closed };

    public Accident Apply(AccidentReferredToCourt e) => this with { Courts = [.. Courts, e.Court] };
}
