using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Cases;

// What window service adds to a case: the paper it did without, its visits, its refund.

/// <summary>
/// The paper the applicant did not have to bring (申请材料四个减免), recorded when the case opens.
/// </summary>
/// <param name="Waivers">Which of <see cref="CaseWaivers"/> applied.</param>
/// <param name="CertificatesCheckedInternally">The networked certificates the office checks itself (purchase tax,
/// compulsory insurance, medical); each check's source and result follows as <see cref="CaseRecordChecked"/>.</param>
/// <param name="VinPhotoReference">The recorded photo that replaces the VIN rubbing, when there is one.</param>
[EventName("case.waivers_applied")]
public sealed record CaseWaiversApplied(
    Guid CaseId,
    IReadOnlyList<string> Waivers,
    IReadOnlyList<string> CertificatesCheckedInternally,
    string? VinPhotoReference,
    DateTimeOffset AppliedAt);

/// <summary>The applicant came to a counter for the case on a queue ticket: visit 1, or a return visit.</summary>
[EventName("case.visit_started")]
public sealed record CaseVisitStarted(Guid CaseId, Guid TicketId, int Visit, DateTimeOffset StartedAt);

/// <summary>The case could not be finished in this visit: the applicant must come back, and why.</summary>
[EventName("case.return_visit_required")]
public sealed record CaseReturnVisitRequired(Guid CaseId, string Reason, DateTimeOffset RequiredAt);

/// <summary>The fee paid for a case that will not be done was paid back to the payment it came from.</summary>
[EventName("case.refunded")]
public sealed record CaseRefunded(Guid CaseId, decimal Amount, string PaymentReference, string Reason, DateTimeOffset RefundedAt);
