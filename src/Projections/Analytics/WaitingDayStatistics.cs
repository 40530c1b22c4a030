namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// Queue tickets (取号) of one queue day at one office for one business type: issued, called to a
/// counter, and each called ticket's wait (issued → called) in milliseconds, so percentiles stay exact.
/// </summary>
public sealed class WaitingDayStatistics
{
    /// <summary>day|office|businessType.</summary>
    public string Id { get; set; } = "";
    public DateOnly Day { get; set; }
    public string Office { get; set; } = "";
    public string BusinessType { get; set; } = "";

    public int Issued { get; set; }
    public int Called { get; set; }
    public List<long> WaitMilliseconds { get; set; } = [];

    public static string KeyOf(DateOnly day, string office, string businessType) => $"{day:yyyy-MM-dd}|{office}|{businessType}";
}

/// <summary>A ticket waiting to be called: where, for what, since when.</summary>
public sealed class WaitingStatisticsTrack
{
    public Guid Id { get; set; }
    public DateOnly Day { get; set; }
    public string Office { get; set; } = "";
    public string BusinessType { get; set; } = "";
    public DateTimeOffset IssuedAt { get; set; }
    public bool Called { get; set; }
}
