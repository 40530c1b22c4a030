using TrafficCqrs.Domain.Accidents;

namespace TrafficCqrs.Api.Endpoints.Accidents;

// Request bodies: business data only. An insurer's name comes from its token's insurer claim.

/// <param name="AnyoneInjured">Anyone hurt: the police must attend.</param>
/// <param name="Parties">Each party: ID number, plate, insurer, policy number, point of impact, and whether
/// unlicensed, drunk, fled, the plate suspected fake, or the vehicle unable to move.</param>
public sealed record ReportAccidentRequest(
    DateTimeOffset? OccurredAt,
    string? Place,
    bool AnyoneInjured,
    List<PartyReport>? Parties,
    Guid? AccidentId = null);

/// <param name="Shares">Each party's ID number and responsibility: full, main, equal, secondary or none.</param>
public sealed record ResponsibilityRequest(List<ResponsibilityShare>? Shares, string? Reason = null,
    long? ExpectedVersion = null);

/// <param name="RequestedBy">The ID numbers of the parties asking: every party must.</param>
public sealed record PoliceDecisionRequest(List<string>? RequestedBy, long? ExpectedVersion = null);

public sealed record AssessmentRequest(string? Plate, decimal Amount, long? ExpectedVersion = null);

public sealed record SettlementRequest(string? Plate, decimal Amount, string? Reference, long? ExpectedVersion = null);

public sealed record CourtReferralRequest(string? Court, long? ExpectedVersion = null);

public sealed record AccidentVersionResponse(Guid Id, long Version);
