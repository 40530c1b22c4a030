namespace TrafficCqrs.Domain.Common;

/// <summary>
/// A rule of the office refused the command. The code is stable (clients and auditors key on it);
/// the message is for the person at the counter.
/// </summary>
public sealed class DomainRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
