namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// Fast accidents (快处快赔) for one China-time day and office, split by how they were handled:
/// <see cref="AccidentModes.Online"/> or <see cref="AccidentModes.Scene"/>. Reports count on the
/// day reported, settlements (the accident closed, every claim paid) on the day closed, both under
/// the office and mode of the report.
/// </summary>
public sealed class AccidentDayStatistics
{
    /// <summary>day|office|mode.</summary>
    public string Id { get; set; } = "";
    public DateOnly Day { get; set; }
    public string Office { get; set; } = "";
    public string Mode { get; set; } = "";
    public int Reported { get; set; }
    public int Settled { get; set; }

    public static string KeyOf(DateOnly day, string office, string mode) => $"{day:yyyy-MM-dd}|{office}|{mode}";
}

/// <summary>How an accident was handled, judged from the channel its report came through.</summary>
public static class AccidentModes
{
    /// <summary>The parties reported it themselves, online (12123) or at a kiosk: no officer came.</summary>
    public const string Online = "online";

    /// <summary>An officer recorded it (a staff channel): handled at the scene.</summary>
    public const string Scene = "scene";

    public static string Of(string? reportChannel) =>
        reportChannel is Domain.Common.Channels.Online or Domain.Common.Channels.Kiosk ? Online : Scene;
}

/// <summary>The office and mode of an accident's report, kept until the accident closes.</summary>
public sealed class AccidentStatisticsTrack
{
    public Guid Id { get; set; }
    public string Office { get; set; } = "";
    public string Mode { get; set; } = "";
}
