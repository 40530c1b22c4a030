using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Cases;

// A service case (业务受理) from the moment an applicant is received to its completion.
// Who acted, where and through which channel travels as event metadata, not in these payloads.

/// <summary>An applicant's request was received and a case opened for one business type.</summary>
/// <param name="Subject">What the case is about when it is not the applicant alone: a VIN, a plate, a violation number.</param>
/// <param name="Details">The business type's own parameters (a new phone number, a chosen plate), as given.</param>
[EventName("case.opened")]
public sealed record CaseOpened(
    Guid CaseId,
    string BusinessType,
    string ApplicantIdNumber,
    string Channel,
    string Office,
    string? Counter,
    string? Outlet,
    decimal Fee,
    DateTimeOffset OpenedAt,
    string? Subject = null,
    IReadOnlyDictionary<string, string>? Details = null);

/// <summary>
/// The office checked its own or a networked record instead of asking the applicant for paper
/// (one of the four waivers): which record, where it came from, and what it showed.
/// </summary>
[EventName("case.record_checked")]
public sealed record CaseRecordChecked(
    Guid CaseId,
    string Check,
    string Source,
    bool Passed,
    string Detail,
    DateTimeOffset CheckedAt);

/// <summary>The office accepted the application (受理): materials checked, work can proceed.</summary>
[EventName("case.accepted")]
public sealed record CaseAccepted(Guid CaseId, DateTimeOffset AcceptedAt);

/// <summary>The fee was paid electronically.</summary>
[EventName("case.payment_recorded")]
public sealed record CasePaymentRecorded(
    Guid CaseId,
    decimal Amount,
    string Method,
    string Reference,
    DateTimeOffset PaidAt);

/// <summary>The business was done (办结).</summary>
[EventName("case.completed")]
public sealed record CaseCompleted(Guid CaseId, DateTimeOffset CompletedAt);

/// <summary>The office refused the application, with the reason given to the applicant.</summary>
[EventName("case.rejected")]
public sealed record CaseRejected(Guid CaseId, string Reason, DateTimeOffset RejectedAt);

/// <summary>The applicant withdrew the application.</summary>
[EventName("case.withdrawn")]
public sealed record CaseWithdrawn(Guid CaseId, string? Reason, DateTimeOffset WithdrawnAt);
