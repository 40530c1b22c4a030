using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Violations;

// A traffic violation (交通违法) from its recording to the fine paid. Events that open or close a
// vehicle's hold carry the plate, so the holds read model can follow them by plate.

/// <summary>A camera (电子监控) or an officer (现场) recorded a violation by a vehicle.</summary>
/// <param name="Code">The violation code from the national catalogue, e.g. 1345 (speeding).</param>
/// <param name="RecordedBy">The camera's id or the officer's number.</param>
[EventName("violation.recorded")]
public sealed record ViolationRecorded(
    Guid ViolationId,
    string Plate,
    string Place,
    DateTimeOffset OccurredAt,
    string Code,
    int Points,
    decimal Fine,
    string Source,
    string RecordedBy,
    DateTimeOffset RecordedAt);

/// <summary>An officer checked the record (审核): upheld, it goes on; not upheld, it is dismissed.</summary>
[EventName("violation.reviewed")]
public sealed record ViolationReviewed(Guid ViolationId, string Plate, bool Upheld, string? Reason, DateTimeOffset ReviewedAt);

/// <summary>The vehicle's owner was told of the violation.</summary>
[EventName("violation.owner_notified")]
public sealed record ViolationOwnerNotified(Guid ViolationId, string OwnerIdNumber, string Method, DateTimeOffset NotifiedAt);

/// <summary>The owner (or another) objected to the violation (陈述申辩).</summary>
[EventName("violation.objected")]
public sealed record ViolationObjected(Guid ViolationId, string ObjectorIdNumber, string Grounds, DateTimeOffset ObjectedAt);

/// <summary>The objection was decided: upheld dismisses the violation; not upheld lets it go on.</summary>
[EventName("violation.objection_decided")]
public sealed record ViolationObjectionDecided(Guid ViolationId, string Plate, bool Upheld, string Reason, DateTimeOffset DecidedAt);

/// <summary>
/// The violation was handled (处理): the penalty decided, the points taken on the driver's licence and
/// the fine due by <paramref name="FineDueOn"/>.
/// </summary>
/// <param name="DriverIdNumber">Whose licence takes the points.</param>
/// <param name="Channel">Where it was handled: window, kiosk, online or post_office.</param>
[EventName("violation.handled")]
public sealed record ViolationHandled(
    Guid ViolationId,
    string Plate,
    string DriverIdNumber,
    string OwnerIdNumber,
    bool OwnVehicle,
    string Channel,
    int Points,
    decimal Fine,
    DateOnly FineDueOn,
    DateTimeOffset HandledAt);

/// <summary>The fine was paid, with any late fee.</summary>
[EventName("violation.fine_paid")]
public sealed record ViolationFinePaid(
    Guid ViolationId,
    decimal Fine,
    decimal LateFee,
    decimal Amount,
    int DaysLate,
    string Method,
    string Reference,
    DateTimeOffset PaidAt);
