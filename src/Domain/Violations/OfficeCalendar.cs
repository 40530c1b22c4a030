namespace TrafficCqrs.Domain.Violations;

/// <summary>Dates as the office counts them: China Standard Time (UTC+8), natural days.</summary>
public static class OfficeCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
