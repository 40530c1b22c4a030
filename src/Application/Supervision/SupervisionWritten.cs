namespace TrafficCqrs.Application.Supervision;

/// <summary>The stream a supervision command wrote to and its version after the write.</summary>
public sealed record SupervisionWritten(Guid Id, long Version);

/// <summary>A sanction imposed: the target's record and the new sanction's id.</summary>
public sealed record SanctionWritten(Guid RecordId, Guid SanctionId, long Version);
