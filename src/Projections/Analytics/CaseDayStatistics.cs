namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// Case counts for one China-time day, office, business type, channel and outlet (empty when the
/// case was not opened at an outlet). Openings count on the day opened; completions, rejections and
/// withdrawals on the day closed, under the dimensions the case was opened with.
/// </summary>
public sealed class CaseDayStatistics
{
    /// <summary><see cref="KeyOf"/>: day|office|businessType|channel|outlet.</summary>
    public string Id { get; set; } = "";
    public DateOnly Day { get; set; }
    public string Office { get; set; } = "";
    public string BusinessType { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Outlet { get; set; } = "";

    public int Opened { get; set; }
    public int Completed { get; set; }
    public int Rejected { get; set; }
    public int Withdrawn { get; set; }

    /// <summary>Opened → completed, in whole seconds, one entry per completed case: percentiles stay exact.</summary>
    public List<long> HandlingSeconds { get; set; } = [];

    /// <summary>Completed cases the applicant was never asked to come back for.</summary>
    public int CompletedInOneVisit { get; set; }

    /// <summary>Trips in person the applicants of the completed cases made, return visits included.</summary>
    public int Visits { get; set; }

    /// <summary>Completed cases finished without any trip to an office counter.</summary>
    public int TripsSaved { get; set; }

    public static string KeyOf(DateOnly day, string office, string businessType, string channel, string? outlet) =>
        $"{day:yyyy-MM-dd}|{office}|{businessType}|{channel}|{outlet}";
}

/// <summary>
/// What the statistics need to remember about one case between its events: the dimensions it was
/// opened with and the return visits asked of the applicant.
/// </summary>
public sealed class CaseStatisticsTrack
{
    public Guid Id { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public string Office { get; set; } = "";
    public string BusinessType { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Outlet { get; set; } = "";
    public int ReturnVisits { get; set; }
    public bool Closed { get; set; }
}
