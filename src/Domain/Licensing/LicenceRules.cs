using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Licensing;

/// <summary>
/// The life of a driving licence: issue, replacement, renewal with the validity step-up, contact
/// changes, postponement, medical and review, step-down with age, and the police measures
/// (suspend, detain, cancel, restore). Each decision takes the state, the command's data and the
/// clock, and returns the events or refuses with a rule code. Each number lives here once.
/// </summary>
public static class LicenceRules
{
    public const string NoRecord = "licence.no_record";
    public const string AlreadyIssued = "licence.already_issued";
    public const string UnknownClass = "licence.unknown_class";
    public const string Detained = "licence.detained";
    public const string Suspended = "licence.suspended";
    public const string Cancelled = "licence.cancelled";
    public const string OverdueCancelled = "licence.overdue_cancelled";
    public const string RenewalTooEarly = "licence.renewal_too_early";
    public const string LongTerm = "licence.long_term";
    public const string InPersonRequired = "licence.in_person_required";
    public const string PostponementTooLong = "licence.postponement_too_long";
    public const string PostponementNotLater = "licence.postponement_not_later";
    public const string SuspensionNotLater = "licence.suspension_not_later";
    public const string ReasonRequired = "licence.reason_required";
    public const string NothingToChange = "licence.nothing_to_change";
    public const string StepDownNotDue = "licence.step_down_not_due";
    public const string NotHeld = "licence.not_held";
    public const string SubjectOneRequired = "licence.subject_one_required";
    public const string CertificateRequired = "licence.certificate_required";
    public const string NoClassesLeft = "licence.no_classes_left";

    /// <summary>Renewal (期满换证) is open from this many days before expiry.</summary>
    public const int RenewalWindowDays = 90;

    /// <summary>More than this many years past the renewal date, the licence is cancelled (注销).</summary>
    public const int OverdueCancellationYears = 1;

    /// <summary>This many replacements within the months below move an online application to a counter (fraud flag).</summary>
    public const int FrequentReplacements = 3;
    public const int FrequentReplacementMonths = 12;

    /// <summary>A/B holders step down to C1 at this age.</summary>
    public const int StepDownAge = 60;

    /// <summary>Holders from this age submit a medical certificate every year.</summary>
    public const int YearlyMedicalAge = 70;

    /// <summary>Renewal, review or medical may be postponed at most this many years.</summary>
    public const int MaxPostponementYears = 3;

    /// <summary>Probation (实习期): the first months after first issue.</summary>
    public const int ProbationMonths = 12;

    /// <summary>A first licence starts on the first validity step.</summary>
    public const LicenceValidity FirstValidity = LicenceValidity.SixYears;

    public static LicenceIssued Issue(Guid licenceId, string holderIdNumber, DateOnly birthDate,
        IReadOnlyList<string> classes, string office, Guid? examApplicationId, DateTimeOffset now)
    {
        if (classes.Count == 0 || classes.Any(c => !LicenceClasses.IsKnown(c)))
            throw new DomainRuleException(UnknownClass, $"Licence classes must be among {string.Join(" ", LicenceClasses.All)}.");
        var today = LicenceCalendar.Today(now);
        return new LicenceIssued(licenceId, holderIdNumber, birthDate, classes, today, today,
            FirstValidity.Until(today), FirstValidity, office, examApplicationId, now);
    }

    /// <summary>The licence has been more than a year overdue for renewal: it counts as cancelled.</summary>
    public static bool IsOverdueCancelled(DrivingLicence licence, DateOnly today) =>
        licence.RenewalDueOn is { } due && today > due.AddYears(OverdueCancellationYears);

    /// <summary>The status as it stands on a day: a valid licence left unrenewed too long is cancelled.</summary>
    public static LicenceStatus EffectiveStatus(DrivingLicence licence, DateOnly today) =>
        licence.Status == LicenceStatus.Valid && IsOverdueCancelled(licence, today) ? LicenceStatus.Cancelled : licence.Status;

    /// <summary>Refuses anything that needs a licence in force: held, cancelled or far overdue.</summary>
    public static void EnsureInForce(DrivingLicence licence, DateOnly today)
    {
        switch (licence.Status)
        {
            case LicenceStatus.Detained:
                throw new DomainRuleException(Detained, $"The licence is detained ({licence.StatusReason}).");
            case LicenceStatus.Suspended:
                throw new DomainRuleException(Suspended,
                    $"The licence is suspended until {licence.SuspendedUntil:yyyy-MM-dd} ({licence.StatusReason}).");
            case LicenceStatus.Cancelled:
                throw new DomainRuleException(Cancelled, $"The licence is cancelled ({licence.StatusReason}).");
        }
        EnsureNotOverdueCancelled(licence, today);
    }

    private static void EnsureNotCancelled(DrivingLicence licence, DateOnly today)
    {
        if (licence.Status == LicenceStatus.Cancelled)
            throw new DomainRuleException(Cancelled, $"The licence is cancelled ({licence.StatusReason}).");
        EnsureNotOverdueCancelled(licence, today);
    }

    private static void EnsureNotOverdueCancelled(DrivingLicence licence, DateOnly today)
    {
        if (IsOverdueCancelled(licence, today))
            throw new DomainRuleException(OverdueCancelled,
                $"The licence was due for renewal on {licence.RenewalDueOn:yyyy-MM-dd}, more than " +
                $"{OverdueCancellationYears} year ago: it is cancelled.");
    }

    /// <summary>Replacements in the months before today that count towards the fraud flag.</summary>
    public static int RecentReplacements(DrivingLicence licence, DateOnly today) =>
        licence.Replacements.Count(d => d > today.AddMonths(-FrequentReplacementMonths));

    /// <summary>Whether this replacement would be one too many for an unattended channel.</summary>
    public static bool ReplacementNeedsInPerson(DrivingLicence licence, DateOnly today) =>
        RecentReplacements(licence, today) + 1 >= FrequentReplacements;

    /// <summary>
    /// 补证 / 换证: refused while the licence is held or cancelled; a third replacement within 12
    /// months is not done online or at a kiosk: the holder comes to a counter.
    /// </summary>
    public static LicenceReplaced Replace(DrivingLicence licence, ReplacementReason reason, string channel,
        string office, Guid? caseId, DateTimeOffset now)
    {
        var today = LicenceCalendar.Today(now);
        EnsureInForce(licence, today);
        if (channel is Channels.Online or Channels.Kiosk && ReplacementNeedsInPerson(licence, today))
            throw new DomainRuleException(InPersonRequired,
                $"{RecentReplacements(licence, today)} replacements in the last {FrequentReplacementMonths} months: " +
                "this one is handled in person at a counter.");
        return new LicenceReplaced(licence.Id, reason, today, office, caseId, now);
    }

    /// <summary>
    /// 期满换证: within the 90 days before expiry (or later, up to a year overdue). The new term
    /// starts at the old expiry and is one step longer unless a points cycle of the term reached 12.
    /// A holder of A/B classes who is 60 or older steps down at the same time.
    /// </summary>
    public static IReadOnlyList<object> Renew(DrivingLicence licence, string office, Guid? caseId, DateTimeOffset now)
    {
        var today = LicenceCalendar.Today(now);
        EnsureInForce(licence, today);
        if (licence.ValidUntil is not { } until)
            throw new DomainRuleException(LongTerm, "A long-term licence is not renewed.");
        var opens = until.AddDays(-RenewalWindowDays);
        if (today < opens)
            throw new DomainRuleException(RenewalTooEarly,
                $"Renewal opens {RenewalWindowDays} days before expiry, on {opens:yyyy-MM-dd}.");

        var validity = licence.TwelvePointsInTerm ? licence.Validity : licence.Validity.Next();
        var events = new List<object>
        {
            new LicenceRenewed(licence.Id, until, validity.Until(until), validity, validity != licence.Validity,
                office, caseId, now),
        };
        if (StepDown(licence, today, now) is { } stepDown) events.Add(stepDown);
        return events;
    }

    /// <summary>Contact details change (联系方式变更); at least one must be given.</summary>
    public static LicenceDetailsChanged ChangeDetails(DrivingLicence licence, string? phone, string? address,
        string? email, Guid? caseId, DateTimeOffset now)
    {
        EnsureNotCancelled(licence, LicenceCalendar.Today(now));
        if (string.IsNullOrWhiteSpace(phone) && string.IsNullOrWhiteSpace(address) && string.IsNullOrWhiteSpace(email))
            throw new DomainRuleException(NothingToChange, "Give a new phone, address or email.");
        return new LicenceDetailsChanged(licence.Id, Blank(phone), Blank(address), Blank(email), caseId, now);
    }

    /// <summary>
    /// 延期: renewal, review or medical postponed for a reason, to a later day at most 3 years after
    /// the day it was due (expiry for renewal; today for review and medical).
    /// </summary>
    public static LicencePostponed Postpone(DrivingLicence licence, PostponedMatter matter, DateOnly until,
        string reason, Guid? caseId, DateTimeOffset now)
    {
        var today = LicenceCalendar.Today(now);
        EnsureNotCancelled(licence, today);
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException(ReasonRequired, "A postponement needs its reason (abroad, service, illness …).");
        DateOnly due;
        if (matter == PostponedMatter.Renewal)
            due = licence.ValidUntil ?? throw new DomainRuleException(LongTerm, "A long-term licence is not renewed.");
        else
            due = today;
        var latest = due.AddYears(MaxPostponementYears);
        if (until <= today || until <= due)
            throw new DomainRuleException(PostponementNotLater, $"Postpone to a day after {Max(due, today):yyyy-MM-dd}.");
        if (until > latest)
            throw new DomainRuleException(PostponementTooLong,
                $"A postponement lasts at most {MaxPostponementYears} years, to {latest:yyyy-MM-dd}.");
        return new LicencePostponed(licence.Id, matter, until, reason.Trim(), caseId, now);
    }

    public static LicenceMedicalSubmitted SubmitMedical(DrivingLicence licence, string certificateNumber,
        DateOnly examinedOn, Guid? caseId, DateTimeOffset now)
    {
        EnsureNotCancelled(licence, LicenceCalendar.Today(now));
        if (string.IsNullOrWhiteSpace(certificateNumber))
            throw new DomainRuleException(CertificateRequired, "The medical certificate's number is required.");
        return new LicenceMedicalSubmitted(licence.Id, certificateNumber.Trim(), examinedOn, caseId, now);
    }

    /// <summary>审验: passes unless a reason to fail it is given.</summary>
    public static object Review(DrivingLicence licence, string? failureReason, Guid? caseId, DateTimeOffset now)
    {
        var today = LicenceCalendar.Today(now);
        EnsureNotCancelled(licence, today);
        return string.IsNullOrWhiteSpace(failureReason)
            ? new LicenceReviewPassed(licence.Id, today, caseId, now)
            : new LicenceReviewFailed(licence.Id, today, failureReason.Trim(), caseId, now);
    }

    /// <summary>At 60, A/B classes step down to C1 (降级换证).</summary>
    public static LicenceClassDowngraded DowngradeByAge(DrivingLicence licence, DateTimeOffset now)
    {
        var today = LicenceCalendar.Today(now);
        EnsureNotCancelled(licence, today);
        return StepDown(licence, today, now)
               ?? throw new DomainRuleException(StepDownNotDue,
                   $"Only holders of A/B classes aged {StepDownAge} or more step down " +
                   $"(holder is {LicenceCalendar.Age(licence.BirthDate, today)}, classes {string.Join(" ", licence.Classes)}).");
    }

    private static LicenceClassDowngraded? StepDown(DrivingLicence licence, DateOnly today, DateTimeOffset now)
    {
        var large = licence.Classes.Where(LicenceClasses.IsLarge).ToList();
        if (large.Count == 0 || LicenceCalendar.Age(licence.BirthDate, today) < StepDownAge) return null;
        return new LicenceClassDowngraded(licence.Id, large, [LicenceClasses.StepDownClass],
            $"Aged {StepDownAge} or more: large classes step down.", now);
    }

    public static LicenceSuspended Suspend(DrivingLicence licence, DateOnly until, string reason, DateTimeOffset now)
    {
        var today = LicenceCalendar.Today(now);
        EnsureInForce(licence, today);
        RequireReason(reason);
        if (until <= today)
            throw new DomainRuleException(SuspensionNotLater, "A suspension ends on a later day.");
        return new LicenceSuspended(licence.Id, until, reason.Trim(), now);
    }

    public static LicenceDetained Detain(DrivingLicence licence, string reason, DateTimeOffset now)
    {
        var today = LicenceCalendar.Today(now);
        EnsureNotCancelled(licence, today);
        if (licence.Status == LicenceStatus.Detained)
            throw new DomainRuleException(Detained, "The licence is already detained.");
        RequireReason(reason);
        return new LicenceDetained(licence.Id, reason.Trim(), now);
    }

    public static LicenceCancelled Cancel(DrivingLicence licence, string reason, DateTimeOffset now)
    {
        if (licence.Status == LicenceStatus.Cancelled)
            throw new DomainRuleException(Cancelled, "The licence is already cancelled.");
        RequireReason(reason);
        return new LicenceCancelled(licence.Id, reason.Trim(), now);
    }

    /// <summary>
    /// Back in force. A licence detained at 12 points, or cancelled, comes back only once subject 1
    /// is passed again; for 12 points that also clears the points.
    /// </summary>
    public static LicenceRestored Restore(DrivingLicence licence, string reason, bool subjectOnePassed, DateTimeOffset now)
    {
        var today = LicenceCalendar.Today(now);
        if (licence.Status == LicenceStatus.Valid)
            throw new DomainRuleException(NotHeld, "The licence is not held; there is nothing to restore.");
        // Every class cancelled (12 points in probation): subject 1 alone does not bring a class back.
        if (licence.Classes.Count == 0)
            throw new DomainRuleException(NoClassesLeft,
                "Every class of the licence was cancelled: the holder applies again and takes the exams.");
        EnsureNotOverdueCancelled(licence, today);
        RequireReason(reason);
        var atTwelve = PointsRules.Total(licence, PointsRules.CurrentCycle(licence, today).Start) >= PointsRules.DetentionThreshold;
        if ((licence.Status == LicenceStatus.Cancelled || atTwelve) && !subjectOnePassed)
            throw new DomainRuleException(SubjectOneRequired, "Subject 1 must be passed again before the licence is restored.");
        return new LicenceRestored(licence.Id, reason.Trim(), atTwelve, now);
    }

    private static void RequireReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException(ReasonRequired, "Give the reason.");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
