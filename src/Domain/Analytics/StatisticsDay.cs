namespace TrafficCqrs.Domain.Analytics;

/// <summary>
/// The day a fact counts on: the calendar day in China time (北京时间, UTC+8, no daylight saving),
/// whatever offset the instant was recorded with.
/// </summary>
public static class StatisticsDay
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);

    /// <summary>The first instant of a China-time day.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaOffset);
}
