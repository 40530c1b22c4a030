using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Licensing;

// The driving licence (机动车驾驶证) of one holder, from first issue onwards. Dates are calendar days
// (see LicenceCalendar); the instant of each decision is kept as well. Who acted and where travels as
// event metadata.

/// <summary>A licence was issued after the exams (初次申领).</summary>
/// <param name="ValidUntil">Last valid day; null when long-term.</param>
[EventName("licence.issued")]
public sealed record LicenceIssued(
    Guid LicenceId,
    string HolderIdNumber,
    DateOnly BirthDate,
    IReadOnlyList<string> Classes,
    DateOnly FirstIssuedOn,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    LicenceValidity Validity,
    string Office,
    Guid? ExamApplicationId,
    DateTimeOffset IssuedAt);

/// <summary>A new card was made for a lost (补证) or damaged (换证) one; the validity does not change.</summary>
[EventName("licence.replaced")]
public sealed record LicenceReplaced(
    Guid LicenceId,
    ReplacementReason Reason,
    DateOnly ReplacedOn,
    string Office,
    Guid? CaseId,
    DateTimeOffset ReplacedAt);

public enum ReplacementReason
{
    Lost,
    Damaged,
}

/// <summary>Renewed at expiry (期满换证): a new term, one step longer when no points cycle of the old term reached 12.</summary>
[EventName("licence.renewed")]
public sealed record LicenceRenewed(
    Guid LicenceId,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    LicenceValidity Validity,
    bool SteppedUp,
    string Office,
    Guid? CaseId,
    DateTimeOffset RenewedAt);

/// <summary>Contact details changed (联系方式变更); a null field is left as it was.</summary>
[EventName("licence.details_changed")]
public sealed record LicenceDetailsChanged(
    Guid LicenceId,
    string? Phone,
    string? Address,
    string? Email,
    Guid? CaseId,
    DateTimeOffset ChangedAt);

/// <summary>Renewal, review or medical postponed (延期) to a date, for a reason (abroad, service, illness).</summary>
[EventName("licence.postponed")]
public sealed record LicencePostponed(
    Guid LicenceId,
    PostponedMatter Matter,
    DateOnly Until,
    string Reason,
    Guid? CaseId,
    DateTimeOffset PostponedAt);

public enum PostponedMatter
{
    Renewal,
    Review,
    Medical,
}

/// <summary>A medical certificate (身体条件证明) was submitted or found in the networked hospital records.</summary>
[EventName("licence.medical_submitted")]
public sealed record LicenceMedicalSubmitted(
    Guid LicenceId,
    string CertificateNumber,
    DateOnly ExaminedOn,
    Guid? CaseId,
    DateTimeOffset SubmittedAt);

/// <summary>The driver's review (审验) was passed.</summary>
[EventName("licence.review_passed")]
public sealed record LicenceReviewPassed(Guid LicenceId, DateOnly ReviewedOn, Guid? CaseId, DateTimeOffset ReviewedAt);

/// <summary>The driver's review (审验) was failed, with the reason.</summary>
[EventName("licence.review_failed")]
public sealed record LicenceReviewFailed(Guid LicenceId, DateOnly ReviewedOn, string Reason, Guid? CaseId,
    DateTimeOffset ReviewedAt);

/// <summary>Classes replaced by lower ones, e.g. A/B holders stepping down to C1 at 60 (降级).</summary>
[EventName("licence.class_downgraded")]
public sealed record LicenceClassDowngraded(
    Guid LicenceId,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    string Reason,
    DateTimeOffset DowngradedAt);

/// <summary>Classes taken away, e.g. 12 points within probation (实习期满分注销).</summary>
[EventName("licence.class_cancelled")]
public sealed record LicenceClassCancelled(
    Guid LicenceId,
    IReadOnlyList<string> Classes,
    string Reason,
    DateTimeOffset CancelledAt);

/// <summary>Suspended (暂扣) as a penalty, until a day.</summary>
[EventName("licence.suspended")]
public sealed record LicenceSuspended(Guid LicenceId, DateOnly Until, string Reason, DateTimeOffset SuspendedAt);

/// <summary>Detained (扣留) by the police, e.g. at 12 points.</summary>
[EventName("licence.detained")]
public sealed record LicenceDetained(Guid LicenceId, string Reason, DateTimeOffset DetainedAt);

/// <summary>Cancelled (注销).</summary>
[EventName("licence.cancelled")]
public sealed record LicenceCancelled(Guid LicenceId, string Reason, DateTimeOffset CancelledAt);

/// <summary>Back in force after a suspension, detention or a cancellation that may be undone.</summary>
[EventName("licence.restored")]
public sealed record LicenceRestored(Guid LicenceId, string Reason, bool PointsCleared, DateTimeOffset RestoredAt);

// Points (记分). Recorded by the violations work through LicencePoints in the application layer.

/// <summary>Points for a violation were put on the licence; CycleTotal is the current cycle's total after it.</summary>
[EventName("licence.points_recorded")]
public sealed record LicencePointsRecorded(
    Guid LicenceId,
    Guid ViolationId,
    int Points,
    DateOnly CommittedOn,
    DateOnly CycleStart,
    int CycleTotal,
    DateTimeOffset RecordedAt);

/// <summary>The fine of a violation with points was paid: its points no longer carry into the next cycle.</summary>
[EventName("licence.points_fine_paid")]
public sealed record LicencePointsFinePaid(Guid LicenceId, Guid ViolationId, DateOnly PaidOn, DateTimeOffset RecordedAt);

/// <summary>Points removed after points study (学法减分).</summary>
[EventName("licence.points_reduced")]
public sealed record LicencePointsReduced(Guid LicenceId, int Points, DateOnly CycleStart, DateTimeOffset ReducedAt);

/// <summary>Review education (审验教育) done for a cycle.</summary>
[EventName("licence.review_education_completed")]
public sealed record LicenceReviewEducationCompleted(Guid LicenceId, DateOnly CycleStart, decimal Hours,
    DateTimeOffset CompletedAt);
