using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Vehicles;

// One stream per inspection station (检验机构), keyed by its code (VehicleKeys.Station).

/// <summary>The station is recognised: its inspection certificates are accepted.</summary>
[EventName("station.recognised")]
public sealed record StationRecognised(Guid StationId, string Code, string Name, string Province,
    DateTimeOffset RecognisedAt);

/// <summary>The station lost recognition (e.g. for false results): its certificates are no longer accepted.</summary>
[EventName("station.recognition_revoked")]
public sealed record StationRecognitionRevoked(Guid StationId, string Code, string Reason, DateTimeOffset RevokedAt);
