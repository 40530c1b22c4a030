namespace TrafficCqrs.Domain.Supervision;

/// <summary>
/// Rule codes of supervision (监管): the audit chain, complaints and sanctions. Stable: clients and
/// auditors key on them.
/// </summary>
public static partial class SupervisionRules
{
    public const string ChainEmpty = "audit.chain_empty";
}
