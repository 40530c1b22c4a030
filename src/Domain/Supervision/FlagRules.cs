namespace TrafficCqrs.Domain.Supervision;

/// <summary>
/// Smart supervision (智慧监管): patterns in the trace that a supervisor should look at. A flag is a
/// prompt to read the trace, not a finding.
/// </summary>
public static class FlagRules
{
    public const string FrequentReplacements = "frequent_replacements";
    public const string OutsideOfficeHours = "outside_office_hours";

    /// <summary>This many replacement cases for one person within the window raise a flag.</summary>
    public const int ReplacementsFlagged = 3;
    public static readonly TimeSpan ReplacementWindow = TimeSpan.FromDays(365);

    /// <summary>Business types that replace a lost or damaged document or plate.</summary>
    public static readonly IReadOnlyList<string> ReplacementBusinessTypes =
        ["licence.replace_lost", "licence.replace_damaged", "vehicle.replace_plate", "vehicle.replace_vehicle_licence"];

    public static readonly TimeOnly OfficeOpens = new(8, 0);
    public static readonly TimeOnly OfficeCloses = new(18, 0);

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
}
