namespace TrafficCqrs.Domain.Supervision;

/// <summary>
/// Working days (工作日) as the office counts them for deadlines: Monday to Friday, in China
/// Standard Time. Public holidays and their make-up working days are not yet modelled.
/// </summary>
public static class WorkingDays
{
    public static readonly TimeSpan OfficeOffset = TimeSpan.FromHours(8);

    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The end of the <paramref name="days"/>-th working day after the day of <paramref name="start"/>
    /// (the day itself does not count), as the instant the next day begins at the office.
    /// </summary>
    public static DateTimeOffset EndOfWorkingDaysAfter(DateTimeOffset start, int days)
    {
        var day = DateOnly.FromDateTime(start.ToOffset(OfficeOffset).DateTime);
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        var next = day.AddDays(1);
        return new DateTimeOffset(next.ToDateTime(TimeOnly.MinValue), OfficeOffset);
    }
}
