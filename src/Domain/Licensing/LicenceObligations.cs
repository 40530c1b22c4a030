namespace TrafficCqrs.Domain.Licensing;

/// <summary>Something the holder must do, and by when.</summary>
public sealed record Obligation(string Code, string Description, DateOnly? DueBy);

/// <summary>What a holder owes the office on a given day, from the rules in one place.</summary>
public static class LicenceObligations
{
    public const string Renewal = "renewal";
    public const string Medical = "medical";
    public const string StepDown = "step_down";
    public const string ReviewEducation = "review_education";
    public const string StudyAndSubjectOne = "study_and_subject_one";

    public static IReadOnlyList<Obligation> Pending(DrivingLicence licence, DateOnly today)
    {
        var list = new List<Obligation>();
        if (LicenceRules.EffectiveStatus(licence, today) == LicenceStatus.Cancelled) return list;

        if (licence.ValidUntil is { } until && today >= until.AddDays(-LicenceRules.RenewalWindowDays))
            list.Add(new Obligation(Renewal, "Renew the licence (期满换证).", licence.RenewalDueOn));

        var age = LicenceCalendar.Age(licence.BirthDate, today);
        if (age >= LicenceRules.YearlyMedicalAge
            && (licence.LastMedicalOn is not { } medical || medical.AddYears(1) <= today)
            && (licence.MedicalPostponedUntil is not { } postponed || postponed <= today))
            list.Add(new Obligation(Medical, "Submit the yearly medical certificate (身体条件证明).",
                licence.LastMedicalOn?.AddYears(1)));

        if (age >= LicenceRules.StepDownAge && licence.Classes.Any(LicenceClasses.IsLarge))
            list.Add(new Obligation(StepDown, $"Step A/B classes down to {LicenceClasses.StepDownClass}.", null));

        if (PointsRules.EducationOwed(licence, today) is { } cycle)
            list.Add(new Obligation(ReviewEducation, "Review education (审验教育) for the points of the last cycle.",
                PointsRules.EducationDueBy(cycle)));

        if (licence.Status == LicenceStatus.Detained
            && PointsRules.Total(licence, PointsRules.CurrentCycle(licence, today).Start) >= PointsRules.DetentionThreshold)
            list.Add(new Obligation(StudyAndSubjectOne, "12 points: attend the study and pass subject 1 again.", null));
        return list;
    }
}
