namespace TrafficCqrs.Domain.Outlets;

/// <summary>
/// The office's calendar day: commissions run "until" a date, and "today" means today in China
/// Standard Time (UTC+8, no daylight saving), whatever the server's clock zone.
/// </summary>
public static class OfficeCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The first instant of a day in the office's zone.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
