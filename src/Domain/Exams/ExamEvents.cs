using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Exams;

// An applicant's way to a first licence: the application, the learner permit, the bookings and the
// results of subjects 1 to 4 (科目一 to 科目四). Office and date travel on each booking event so the
// exam schedule can be kept by office and day.

/// <summary>An application for a licence of one class was filed (申领).</summary>
/// <param name="CrossCity">省内异地申领: filed in another city of the applicant's province, with the ID card alone.</param>
[EventName("exam.application_filed")]
public sealed record ExamApplicationFiled(
    Guid ApplicationId,
    string ApplicantIdNumber,
    DateOnly BirthDate,
    string Class,
    string Office,
    bool CrossCity,
    string Channel,
    DateTimeOffset FiledAt);

/// <summary>Subject 1 passed: the learner permit (学习驾驶证明) is issued, valid 3 years.</summary>
[EventName("exam.learner_permit_issued")]
public sealed record LearnerPermitIssued(Guid ApplicationId, DateOnly IssuedOn, DateOnly ValidUntil, DateTimeOffset IssuedAt);

/// <summary>A sitting of one subject was booked at an office on a day (online or at a counter).</summary>
/// <param name="Number">The how-many-th counted booking of this subject.</param>
[EventName("exam.booked")]
public sealed record ExamBooked(
    Guid ApplicationId,
    Guid BookingId,
    int Subject,
    DateOnly Date,
    string Office,
    string Class,
    string ApplicantIdNumber,
    int Number,
    string Channel,
    DateTimeOffset BookedAt);

/// <summary>A booking was cancelled; later than 1 day ahead, it counts as a failed sitting.</summary>
[EventName("exam.booking_cancelled")]
public sealed record ExamBookingCancelled(
    Guid ApplicationId,
    Guid BookingId,
    int Subject,
    DateOnly Date,
    string Office,
    bool CountsAsFail,
    DateTimeOffset CancelledAt);

/// <summary>
/// One attempt at a sitting was scored. A sitting allows one free retake: it fails only when the
/// retake fails too (<paramref name="SittingFailed"/>).
/// </summary>
[EventName("exam.attempt_scored")]
public sealed record ExamAttemptScored(
    Guid ApplicationId,
    Guid BookingId,
    int Subject,
    DateOnly Date,
    string Office,
    int Attempt,
    int Score,
    int PassMark,
    bool Passed,
    bool SittingFailed,
    DateTimeOffset ScoredAt);

/// <summary>All four subjects passed: the licence is issued in the same transaction.</summary>
[EventName("exam.all_passed")]
public sealed record ExamsAllPassed(Guid ApplicationId, string ApplicantIdNumber, string Class, DateOnly PassedOn,
    DateTimeOffset PassedAt);
