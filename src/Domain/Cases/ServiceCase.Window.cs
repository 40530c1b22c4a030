namespace TrafficCqrs.Domain.Cases;

/// <summary>What window service adds to a case's state: waivers, visits, refunds.</summary>
public sealed partial record ServiceCase
{
    public IReadOnlyList<string> Waivers { get; init; } = [];

    /// <summary>Visits on a queue ticket so far (0 for a case that never went through the queue).</summary>
    public int Visits { get; init; }

    public int ReturnVisitsRequired { get; init; }
    public bool AwaitingReturn { get; init; }
    public decimal AmountRefunded { get; init; }

    /// <summary>What was paid and not yet paid back.</summary>
    public decimal AmountHeld => AmountPaid - AmountRefunded;

    public ServiceCase Apply(CaseWaiversApplied e) => this with { Waivers = e.Waivers };

    public ServiceCase Apply(CaseVisitStarted e) => this with { Visits = e.Visit, AwaitingReturn = false };

    public ServiceCase Apply(CaseReturnVisitRequired e) =>
        this with { ReturnVisitsRequired = ReturnVisitsRequired + 1, AwaitingReturn = true };

    public ServiceCase Apply(CaseRefunded e) => this with { AmountRefunded = AmountRefunded + e.Amount };
}
