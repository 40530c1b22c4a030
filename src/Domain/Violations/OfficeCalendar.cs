using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Domain.Violations;

/// <summary>
/// Dates as the office counts them: China Standard Time (UTC+8), natural days; the licence's
/// calendar, so a violation's day and the points cycle it falls in are counted alike.
/// </summary>
public static class OfficeCalendar
{
    public static DateOnly LocalDate(DateTimeOffset instant) => LicenceCalendar.Today(instant);
}
