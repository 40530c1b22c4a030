using TrafficCqrs.Domain.Analytics;

namespace TrafficCqrs.Application.Analytics;

/// <summary>How rows of statistics are grouped.</summary>
public enum StatisticsGrouping
{
    Day,
    Office,
    BusinessType,
    Channel,
    Outlet,
    Subject,
    ClassKind,
    Origin,
}

/// <summary>
/// Which statistics to read: China-time days from <paramref name="From"/> to <paramref name="To"/>,
/// both included, optionally one office, one business type, one channel; for exams one subject and
/// class kind, for transfers one origin office (<see cref="Office"/> is then the destination).
/// </summary>
public sealed record StatisticsFilter(
    DateOnly From,
    DateOnly To,
    string? Office = null,
    string? BusinessType = null,
    string? Channel = null,
    int? Subject = null,
    string? ClassKind = null,
    string? Origin = null)
{
    /// <summary>The longest range one query may cover, so a series stays a chart, not a dump.</summary>
    public const int MaxDays = 731;

    /// <summary>Without dates: the 30 days up to today (China time).</summary>
    public const int DefaultDays = 30;

    public IEnumerable<DateOnly> Days()
    {
        for (var day = From; day <= To; day = day.AddDays(1)) yield return day;
    }

    public static (DateOnly From, DateOnly To) DefaultRange(DateTimeOffset now)
    {
        var today = StatisticsDay.Of(now);
        return (today.AddDays(1 - DefaultDays), today);
    }
}
