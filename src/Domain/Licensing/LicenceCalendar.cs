namespace TrafficCqrs.Domain.Licensing;

/// <summary>
/// Licence dates are calendar days in China Standard Time (UTC+8), whatever the server's zone:
/// "the 90 days before expiry" is counted on the applicant's calendar.
/// </summary>
public static class LicenceCalendar
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(ChinaOffset).DateTime);

    /// <summary>Whole years of age on <paramref name="on"/>.</summary>
    public static int Age(DateOnly birth, DateOnly on)
    {
        var age = on.Year - birth.Year;
        return birth.AddYears(age) > on ? age - 1 : age;
    }
}
