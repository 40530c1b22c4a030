namespace TrafficCqrs.Api.Endpoints.Violations;

// Request bodies: business data only. Who acts, and through which channel (window, kiosk, online,
// post office), comes from the caller's token.

/// <param name="Plate">e.g. 陕A12345.</param>
/// <param name="Code">The violation code, e.g. 1345.</param>
/// <param name="Points">12, 9, 6, 3, 1 or 0.</param>
/// <param name="Source">camera or officer.</param>
/// <param name="RecordedBy">The camera's id; the officer from the token when omitted.</param>
public sealed record RecordViolationRequest(
    string? Plate,
    string? Place,
    DateTimeOffset? OccurredAt,
    string? Code,
    int? Points,
    decimal? Fine,
    string? Source,
    string? RecordedBy = null,
    Guid? ViolationId = null);

public sealed record ReviewViolationRequest(bool Upheld, string? Reason = null, long? ExpectedVersion = null);

/// <param name="Method">sms, mail or app.</param>
public sealed record NotifyOwnerRequest(string? OwnerIdNumber, string? Method, long? ExpectedVersion = null);

public sealed record ObjectionRequest(string? ObjectorIdNumber, string? Grounds, long? ExpectedVersion = null);

/// <param name="Upheld">true dismisses the violation.</param>
public sealed record ObjectionDecisionRequest(bool Upheld, string? Reason, long? ExpectedVersion = null);

/// <param name="DriverIdNumber">Whose licence takes the points.</param>
public sealed record HandleViolationRequest(string? DriverIdNumber, long? ExpectedVersion = null);

/// <param name="Amount">The fine plus the late fee due today (see amount-due).</param>
public sealed record PayFineRequest(decimal Amount, string? Method, string? Reference, long? ExpectedVersion = null);

public sealed record ViolationVersionResponse(Guid Id, long Version);

public sealed record CyclePointsResponse(string IdNumber, int CyclePoints);
