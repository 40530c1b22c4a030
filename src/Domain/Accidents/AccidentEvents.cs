using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Accidents;

// A property-only accident settled fast (快处快赔): the parties' agreement, the responsibility, each
// insurer's assessment and claim. Events that open or close a vehicle's hold carry the plates.

/// <summary>One party as the agreement records it.</summary>
/// <param name="PointOfImpact">Where the vehicle was hit, e.g. "front left".</param>
public sealed record AccidentParty(
    string IdNumber,
    string Plate,
    string Insurer,
    string PolicyNumber,
    string PointOfImpact);

/// <summary>The share of responsibility one party bears (<see cref="Responsibility"/>).</summary>
public sealed record ResponsibilityShare(string IdNumber, string Responsibility);

/// <summary>The parties reported a property-only accident and recorded their agreement (协议书).</summary>
[EventName("accident.reported")]
public sealed record AccidentReported(
    Guid AccidentId,
    DateTimeOffset OccurredAt,
    string Place,
    IReadOnlyList<AccidentParty> Parties,
    DateTimeOffset ReportedAt);

/// <summary>The parties agreed who bears what responsibility.</summary>
[EventName("accident.responsibility_agreed")]
public sealed record AccidentResponsibilityAgreed(
    Guid AccidentId,
    IReadOnlyList<ResponsibilityShare> Shares,
    DateTimeOffset AgreedAt);

/// <summary>The parties, jointly, asked the police to decide responsibility online.</summary>
[EventName("accident.police_decision_requested")]
public sealed record AccidentPoliceDecisionRequested(
    Guid AccidentId,
    IReadOnlyList<string> RequestedBy,
    DateTimeOffset RequestedAt);

/// <summary>The police decided responsibility online (网上定责).</summary>
[EventName("accident.responsibility_decided")]
public sealed record AccidentResponsibilityDecided(
    Guid AccidentId,
    IReadOnlyList<ResponsibilityShare> Shares,
    string Reason,
    DateTimeOffset DecidedAt);

/// <summary>An insurer assessed online the damage to the vehicle it insures (定损).</summary>
[EventName("accident.damage_assessed")]
public sealed record AccidentDamageAssessed(
    Guid AccidentId,
    string Insurer,
    string Plate,
    decimal Amount,
    DateTimeOffset AssessedAt);

/// <summary>An insurer settled the claim for a vehicle's damage (理赔).</summary>
[EventName("accident.claim_settled")]
public sealed record AccidentClaimSettled(
    Guid AccidentId,
    string Insurer,
    string Plate,
    decimal Amount,
    string Reference,
    DateTimeOffset SettledAt);

/// <summary>Every claim was settled: the accident is closed and no longer holds the vehicles.</summary>
[EventName("accident.closed")]
public sealed record AccidentClosed(Guid AccidentId, IReadOnlyList<string> Plates, DateTimeOffset ClosedAt);

/// <summary>The accident's data was sent to a court hearing a dispute about it.</summary>
[EventName("accident.referred_to_court")]
public sealed record AccidentReferredToCourt(Guid AccidentId, string Court, DateTimeOffset ReferredAt);
