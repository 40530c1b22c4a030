namespace TrafficCqrs.Api.Endpoints.Cases;

// Request bodies. They carry business data only: who acts, from which office, counter, outlet and
// channel comes from the caller's token.

/// <param name="BusinessType">A code from the business catalogue, e.g. licence.renew.</param>
/// <param name="ApplicantIdNumber">The applicant's 18-character resident ID number.</param>
/// <param name="Subject">What the case is about besides the applicant (a VIN, a plate), when the type needs it.</param>
/// <param name="Details">The business type's own parameters, e.g. {"phone": "13800000000"}.</param>
/// <param name="CaseId">Optional client-chosen id; a repeat with the same id is answered 409.</param>
public sealed record OpenCaseRequest(
    string? BusinessType,
    string? ApplicantIdNumber,
    string? Subject = null,
    Dictionary<string, string>? Details = null,
    Guid? CaseId = null);

public sealed record RecordPaymentRequest(decimal Amount, string? Method, string? Reference, long? ExpectedVersion = null);

public sealed record RejectCaseRequest(string? Reason, long? ExpectedVersion = null);

public sealed record WithdrawCaseRequest(string? Reason, long? ExpectedVersion = null);

public sealed record CaseVersionResponse(Guid Id, long Version);
