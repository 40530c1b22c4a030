using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Licensing;

/// <summary>The points cycle (记分周期) containing a day: 12 months from an anniversary of the first issue date.</summary>
/// <param name="End">The first day of the next cycle.</param>
public readonly record struct PointsCycle(DateOnly Start, DateOnly End)
{
    public static PointsCycle Containing(DateOnly firstIssuedOn, DateOnly day)
    {
        var years = Math.Max(0, day.Year - firstIssuedOn.Year);
        var start = firstIssuedOn.AddYears(years);
        if (start > day && years > 0) start = firstIssuedOn.AddYears(--years);
        return new PointsCycle(start, firstIssuedOn.AddYears(years + 1));
    }

    public bool Contains(DateOnly day) => day >= Start && day < End;
}

/// <summary>
/// Points on the licence (记分): the scores, the cycle and its carry-over, detention at 12, points
/// study (学法减分) and review education (审验教育). Points are natural days, not working days.
/// </summary>
public static class PointsRules
{
    public const string InvalidScore = "points.invalid_score";
    public const string FutureViolation = "points.future_violation";
    public const string UnknownViolation = "points.unknown_violation";
    public const string StudyExcluded = "points.study_excluded";
    public const string StudyLimit = "points.study_limit";
    public const string NothingToReduce = "points.nothing_to_reduce";
    public const string EducationNotRequired = "licence.review_education_not_required";
    public const string EducationTooShort = "licence.review_education_too_short";
    public const string EducationUnresolved = "licence.review_education_unresolved";

    /// <summary>The scores a violation may carry.</summary>
    public static readonly IReadOnlyList<int> Scores = [12, 9, 6, 3, 1];

    /// <summary>A cycle reaching this many points detains the licence (or, in probation, cancels the classes).</summary>
    public const int DetentionThreshold = 12;

    /// <summary>At most this many points removed by study in one cycle.</summary>
    public const int StudyLimitPerCycle = 6;

    /// <summary>Review education: at least this many hours, within this many days after the cycle with points.</summary>
    public const decimal EducationHours = 3m;
    public const int EducationDaysAfterCycle = 30;

    public static PointsCycle CurrentCycle(DrivingLicence licence, DateOnly today) =>
        PointsCycle.Containing(licence.FirstIssuedOn, today);

    /// <summary>
    /// The points standing in the cycle that starts on <paramref name="cycleStart"/>: its own points
    /// less study reductions, plus the previous cycle's total when that carries over: under 12 they
    /// clear at cycle end unless a fine is still unpaid then; 12 or more stay until the licence is
    /// restored (study and subject 1).
    /// </summary>
    public static int Total(DrivingLicence licence, DateOnly cycleStart) => Ledger(licence, cycleStart).Total;

    /// <summary>The cycle's total and the violations standing in it (its own and those carried in).</summary>
    private static (int Total, List<PointRecord> Standing) Ledger(DrivingLicence licence, DateOnly cycleStart)
    {
        var cycle = PointsCycle.Containing(licence.FirstIssuedOn, cycleStart);
        var standing = licence.PointRecords.Where(p => !p.Cleared && cycle.Contains(p.CommittedOn)).ToList();
        var total = standing.Sum(p => p.Points)
                    - licence.Reductions.Where(r => !r.Cleared && r.CycleStart == cycle.Start).Sum(r => r.Points);

        if (cycle.Start > licence.FirstIssuedOn)
        {
            var previous = PointsCycle.Containing(licence.FirstIssuedOn, cycle.Start.AddDays(-1));
            var (previousTotal, previousStanding) = Ledger(licence, previous.Start);
            var unpaidAtEnd = previousStanding.Any(p => p.FinePaidOn is not { } paid || paid >= cycle.Start);
            if (previousTotal >= DetentionThreshold || (previousTotal > 0 && unpaidAtEnd))
            {
                total += previousTotal;
                standing.AddRange(previousStanding);
            }
        }
        return (Math.Max(0, total), standing);
    }

    public static bool InProbation(DrivingLicence licence, DateOnly day) =>
        day < licence.FirstIssuedOn.AddMonths(LicenceRules.ProbationMonths);

    /// <summary>
    /// Puts a violation's points on the licence. A violation already recorded is ignored (no events),
    /// so the violations work may call this again safely. Reaching 12 detains the licence, or in
    /// probation cancels its classes. <paramref name="finePaidOn"/> is given when the fine was already
    /// paid (or none was due) as the points are taken: those points then never carry over.
    /// </summary>
    public static IReadOnlyList<object> Record(DrivingLicence licence, Guid violationId, int points,
        DateOnly committedOn, DateTimeOffset now, DateOnly? finePaidOn = null)
    {
        if (!Scores.Contains(points))
            throw new DomainRuleException(InvalidScore, $"A violation carries {string.Join(", ", Scores)} points, not {points}.");
        if (licence.PointRecords.Any(p => p.ViolationId == violationId))
            return [];
        var today = LicenceCalendar.Today(now);
        if (committedOn > today)
            throw new DomainRuleException(FutureViolation, "A violation cannot be committed after today.");

        var cycle = CurrentCycle(licence, today);
        var before = Total(licence, cycle.Start);
        var provisional = new LicencePointsRecorded(licence.Id, violationId, points, committedOn, cycle.Start, 0, now);
        var after = Total(licence.Apply(provisional), cycle.Start);
        var events = new List<object> { provisional with { CycleTotal = after } };
        if (finePaidOn is { } paidOn)
            events.Add(new LicencePointsFinePaid(licence.Id, violationId, paidOn, now));

        if (before < DetentionThreshold && after >= DetentionThreshold)
        {
            if (InProbation(licence, committedOn))
                events.Add(new LicenceClassCancelled(licence.Id, licence.Classes,
                    $"{after} points within the probation period (实习期).", now));
            else if (licence.Status is LicenceStatus.Valid or LicenceStatus.Suspended)
                events.Add(new LicenceDetained(licence.Id,
                    $"{after} points in the cycle from {cycle.Start:yyyy-MM-dd}: study and subject 1 again.", now));
        }
        return events;
    }

    /// <summary>The fine of a violation with points was paid (its points stop carrying over).</summary>
    public static IReadOnlyList<object> FinePaid(DrivingLicence licence, Guid violationId, DateOnly paidOn, DateTimeOffset now)
    {
        var record = licence.PointRecords.FirstOrDefault(p => p.ViolationId == violationId)
                     ?? throw new DomainRuleException(UnknownViolation, $"No points recorded for violation {violationId}.");
        return record.FinePaidOn is null ? [new LicencePointsFinePaid(licence.Id, violationId, paidOn, now)] : [];
    }

    /// <summary>
    /// Points study (学法减分): removes up to 6 points a cycle; not for a licence that is held, nor
    /// once the cycle reached 12 (then study and subject 1 are required instead).
    /// </summary>
    public static LicencePointsReduced ReduceByStudy(DrivingLicence licence, int points, DateTimeOffset now)
    {
        var today = LicenceCalendar.Today(now);
        var cycle = CurrentCycle(licence, today);
        var total = Total(licence, cycle.Start);
        if (licence.Status != LicenceStatus.Valid || total >= DetentionThreshold)
            throw new DomainRuleException(StudyExcluded,
                "Points study is not open to a licence that is held or has 12 points; study and subject 1 instead.");
        if (points < 1 || points > total)
            throw new DomainRuleException(NothingToReduce, $"The cycle has {total} points; {points} cannot be removed.");
        var already = licence.Reductions.Where(r => !r.Cleared && r.CycleStart == cycle.Start).Sum(r => r.Points);
        if (already + points > StudyLimitPerCycle)
            throw new DomainRuleException(StudyLimit,
                $"Study removes at most {StudyLimitPerCycle} points a cycle; {already} already removed.");
        return new LicencePointsReduced(licence.Id, points, cycle.Start, now);
    }

    /// <summary>
    /// The cycle whose review education (审验教育) is owed: an A/B holder's last finished cycle with
    /// points, not yet educated for; null when nothing is owed.
    /// </summary>
    public static PointsCycle? EducationOwed(DrivingLicence licence, DateOnly today)
    {
        if (!licence.Classes.Any(LicenceClasses.IsLarge)) return null;
        var current = CurrentCycle(licence, today);
        if (current.Start <= licence.FirstIssuedOn) return null;
        var last = PointsCycle.Containing(licence.FirstIssuedOn, current.Start.AddDays(-1));
        if (licence.ReviewEducationCycles.Contains(last.Start)) return null;
        return Total(licence, last.Start) > 0 ? last : null;
    }

    public static DateOnly EducationDueBy(PointsCycle cycle) => cycle.End.AddDays(EducationDaysAfterCycle - 1);

    public static LicenceReviewEducationCompleted CompleteReviewEducation(DrivingLicence licence, decimal hours,
        bool unresolvedViolationsOrAccidents, DateTimeOffset now)
    {
        var owed = EducationOwed(licence, LicenceCalendar.Today(now))
                   ?? throw new DomainRuleException(EducationNotRequired,
                       "Review education is for A/B holders with points in the last cycle; none is owed.");
        if (hours < EducationHours)
            throw new DomainRuleException(EducationTooShort, $"Review education takes at least {EducationHours} hours.");
        if (unresolvedViolationsOrAccidents)
            throw new DomainRuleException(EducationUnresolved,
                "Violations or accidents are unresolved; settle them before review education counts.");
        return new LicenceReviewEducationCompleted(licence.Id, owed.Start, hours, now);
    }
}
