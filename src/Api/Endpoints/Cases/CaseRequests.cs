using System.ComponentModel.DataAnnotations;

namespace TrafficCqrs.Api.Endpoints.Cases;

// Request bodies. They carry business data only: who acts, from which office, counter, outlet and
// channel comes from the caller's token.

/// <param name="BusinessType">A code from the business catalogue, e.g. licence.renew.</param>
/// <param name="ApplicantIdNumber">The applicant's 18-character resident ID number.</param>
/// <param name="Subject">What the case is about besides the applicant (a VIN, a plate), when the type needs it.</param>
/// <param name="Details">The business type's own parameters, e.g. {"phone": "13800000000"}.</param>
/// <param name="CaseId">Optional client-chosen id; a repeat with the same id is answered 409.</param>
public sealed record OpenCaseRequest(
    [Required, MaxLength(64)] string? BusinessType,
    [Required, MaxLength(32)] string? ApplicantIdNumber,
    [MaxLength(64)] string? Subject = null,
    [MaxLength(20)] Dictionary<string, string>? Details = null,
    Guid? CaseId = null);

/// <param name="Reference">The payment platform's reference: letters, digits, '-' and '_'.</param>
public sealed record RecordPaymentRequest(
    [Required, Range(typeof(decimal), "0.01", "1000000")] decimal? Amount,
    [Required, MaxLength(32)] string? Method,
    [Required, MaxLength(64), RegularExpression("^[A-Za-z0-9][A-Za-z0-9_-]*$")] string? Reference,
    long? ExpectedVersion = null);

public sealed record RejectCaseRequest([Required, MaxLength(200)] string? Reason, long? ExpectedVersion = null);

public sealed record WithdrawCaseRequest([MaxLength(200)] string? Reason, long? ExpectedVersion = null);

public sealed record CaseVersionResponse(Guid Id, long Version);
