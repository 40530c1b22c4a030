namespace TrafficCqrs.Api.Endpoints.Supervision;

// Request bodies: business data only; who files, assigns or sanctions comes from the token.

/// <param name="Kind">consultation, complaint or report.</param>
/// <param name="Channel">window, kiosk, online, outlet, hotline or letter; the caller's channel when left out.</param>
/// <param name="CaseId">The case it is about. With Clerk and Outlet: a complaint or report names at least one.</param>
/// <param name="Clerk">The user id of the clerk it is about.</param>
/// <param name="ComplaintId">Optional client-chosen id; a repeat is answered 409.</param>
public sealed record FileComplaintRequest(
    string? Kind,
    string? Text,
    string? Channel = null,
    Guid? CaseId = null,
    string? Clerk = null,
    string? Outlet = null,
    string? ComplainantIdNumber = null,
    string? Contact = null,
    Guid? ComplaintId = null);

public sealed record AssignComplaintRequest(string? Handler, long? ExpectedVersion = null);

public sealed record AnswerComplaintRequest(string? Answer, bool? Substantiated = null, long? ExpectedVersion = null);

/// <param name="Kind">spot_check or call_back.</param>
public sealed record RecordInspectionRequest(string? Kind, string? Findings, bool Compliant, Guid? CaseId = null);

/// <param name="Measure">suspended (needs until) or blacklisted (until optional: open-ended).</param>
/// <param name="From">When it begins; now when left out.</param>
public sealed record ImposeSanctionRequest(string? Measure, string? Reason, DateTimeOffset? From = null,
    DateTimeOffset? Until = null);

public sealed record LiftSanctionRequest(string? Reason);

public sealed record SupervisionVersionResponse(Guid Id, long Version);

public sealed record SanctionImposedResponse(Guid RecordId, Guid SanctionId, long Version);
