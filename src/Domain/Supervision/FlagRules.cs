namespace TrafficCqrs.Domain.Supervision;

/// <summary>
/// Smart supervision (智慧监管): patterns in the trace that a supervisor should look at. A flag is a
/// prompt to read the trace, not a finding.
/// Counting rules (replacements, an outlet's volume, fast cases, refusals) compare the times the events
/// carry in their payloads: the application's clock at the instant the rule decided. Office hours are
/// read from the stored timestamp, as that rule looks at events of every kind.
/// </summary>
public static class FlagRules
{
    public const string FrequentReplacements = "frequent_replacements";
    public const string OutsideOfficeHours = "outside_office_hours";
    public const string OutletVolumeSpike = "outlet_volume_spike";
    public const string ImplausiblyFastCase = "implausibly_fast_case";
    public const string RefusedAuthorisationAttempts = "refused_authorisation_attempts";

    public static readonly IReadOnlyList<string> Kinds =
        [FrequentReplacements, OutsideOfficeHours, OutletVolumeSpike, ImplausiblyFastCase, RefusedAuthorisationAttempts];

    /// <summary>This many replacement cases for one person within the window raise a flag.</summary>
    public const int ReplacementsFlagged = 3;
    public static readonly TimeSpan ReplacementWindow = TimeSpan.FromDays(365);

    /// <summary>Business types that replace a lost or damaged document or plate.</summary>
    public static readonly IReadOnlyList<string> ReplacementBusinessTypes =
        ["licence.replace_lost", "licence.replace_damaged", "vehicle.replace_plate", "vehicle.replace_vehicle_licence"];

    public static readonly TimeOnly OfficeOpens = new(8, 0);
    public static readonly TimeOnly OfficeCloses = new(18, 0);

    /// <summary>An outlet's day is flagged from this many cases opened on it …</summary>
    public const int VolumeSpikeMinimumCases = 20;

    /// <summary>… when they are also more than this many times its average day.</summary>
    public const int VolumeSpikeFactor = 3;

    /// <summary>
    /// The average day: cases per day over the days of this many calendar days before the day on which
    /// the outlet opened any case (idle days do not dilute it). No such day: the average is 0.
    /// </summary>
    public const int VolumeBaselineDays = 30;

    /// <summary>A case accepted and completed by the same user in less than this is implausibly fast.</summary>
    public static readonly TimeSpan PlausibleCaseDuration = TimeSpan.FromSeconds(60);

    /// <summary>This many refused outlet attempts by one user on one office day raise a flag.</summary>
    public const int RefusalsFlagged = 3;

    /// <summary>The office's calendar day of an instant (Beijing time).</summary>
    public static DateOnly OfficeDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(WorkingDays.OfficeOffset).DateTime);

    /// <summary>Staff acting at a counter or outlet outside working days and hours (Beijing time).</summary>
    public static bool IsOutsideOfficeHours(DateTimeOffset at)
    {
        var local = at.ToOffset(WorkingDays.OfficeOffset);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return !WorkingDays.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) || time < OfficeOpens || time >= OfficeCloses;
    }

    /// <summary>Whether the replacement openings of one person, the newest last, reach the threshold within the window.</summary>
    public static bool TooManyReplacements(IReadOnlyList<DateTimeOffset> openings) =>
        openings.Count >= ReplacementsFlagged
        && openings[^1] - openings[^ReplacementsFlagged] <= ReplacementWindow;

    /// <summary>An outlet's average day before <paramref name="day"/>, from its cases opened per day.</summary>
    public static double AverageDay(IReadOnlyDictionary<DateOnly, int> openedPerDay, DateOnly day)
    {
        var active = openedPerDay
            .Where(d => d.Key < day && d.Key >= day.AddDays(-VolumeBaselineDays) && d.Value > 0)
            .Select(d => d.Value)
            .ToList();
        return active.Count == 0 ? 0 : active.Average();
    }

    /// <summary>Whether the cases an outlet opened so far on a day are far above its average day.</summary>
    public static bool IsVolumeSpike(int openedOnDay, double averageDay) =>
        openedOnDay >= VolumeSpikeMinimumCases && openedOnDay > VolumeSpikeFactor * averageDay;

    /// <summary>Whether a case was accepted and completed by the same user implausibly fast (or back in time).</summary>
    public static bool IsImplausiblyFast(string? acceptedBy, DateTimeOffset acceptedAt, string? completedBy,
        DateTimeOffset completedAt) =>
        !string.IsNullOrEmpty(acceptedBy) && string.Equals(acceptedBy, completedBy, StringComparison.Ordinal)
        && completedAt - acceptedAt < PlausibleCaseDuration;

    /// <summary>Whether one user's refused attempts on one day call for a look.</summary>
    public static bool TooManyRefusals(int refusedOnDay) => refusedOnDay >= RefusalsFlagged;
}
