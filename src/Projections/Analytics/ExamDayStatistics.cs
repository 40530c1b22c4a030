namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// Exam sittings that ended on one exam day (the booked date, China time) at one exam office, for
/// one subject and class kind (<see cref="Domain.Analytics.ExamOutcomes"/>): passed or failed.
/// </summary>
public sealed class ExamDayStatistics
{
    /// <summary>day|office|subject|classKind.</summary>
    public string Id { get; set; } = "";
    public DateOnly Day { get; set; }
    public string Office { get; set; } = "";
    public int Subject { get; set; }
    public string ClassKind { get; set; } = "";

    public int Passes { get; set; }
    public int Fails { get; set; }

    /// <summary>Fails that were bookings cancelled too late (a subset of <see cref="Fails"/>).</summary>
    public int LateCancellations { get; set; }

    public static string KeyOf(DateOnly day, string office, int subject, string classKind) =>
        $"{day:yyyy-MM-dd}|{office}|{subject}|{classKind}";
}

/// <summary>The class kind of an exam application, kept because the results do not carry the class.</summary>
public sealed class ExamStatisticsTrack
{
    public Guid Id { get; set; }
    public string ClassKind { get; set; } = "";
}
