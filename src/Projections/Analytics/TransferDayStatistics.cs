namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// Cross-region transfers (异地转籍) towards one destination office from one origin office on one
/// China-time day: sent out on the day (<see cref="TransfersOut"/>) and registered in on the day,
/// with how many of those the owner finished without going back to the origin.
/// </summary>
public sealed class TransferDayStatistics
{
    /// <summary>day|destination office|origin office.</summary>
    public string Id { get; set; } = "";
    public DateOnly Day { get; set; }

    /// <summary>The destination office.</summary>
    public string Office { get; set; } = "";
    public string Origin { get; set; } = "";

    public int TransfersOut { get; set; }
    public int TransfersIn { get; set; }
    public int WithoutReturnTrip { get; set; }

    /// <summary>Calendar days from out to in, one entry per transfer in whose transfer out was seen.</summary>
    public List<int> TransferDays { get; set; } = [];

    public static string KeyOf(DateOnly day, string office, string origin) => $"{day:yyyy-MM-dd}|{office}|{origin}";
}

/// <summary>A vehicle's transfer under way: from where, since when, and whether anyone acted at the origin since.</summary>
public sealed class TransferStatisticsTrack
{
    public Guid Id { get; set; }
    public string Origin { get; set; } = "";
    public DateTimeOffset TransferredOutAt { get; set; }
    public bool InTransit { get; set; }
    public bool ReturnTrip { get; set; }
}
