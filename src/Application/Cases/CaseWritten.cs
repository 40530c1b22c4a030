namespace TrafficCqrs.Application.Cases;

/// <summary>The answer to a case command: the case and the version it is now at.</summary>
public sealed record CaseWritten(Guid Id, long Version);
