namespace TrafficCqrs.Projections.Analytics;

/// <summary>Violations handled on one China-time day at one office through one channel.</summary>
public sealed class ViolationDayStatistics
{
    /// <summary>day|office|channel.</summary>
    public string Id { get; set; } = "";
    public DateOnly Day { get; set; }
    public string Office { get; set; } = "";

    /// <summary>The catalogue channel of the handling: window, kiosk, online, post_office (or another outlet kind).</summary>
    public string Channel { get; set; } = "";
    public int Handled { get; set; }
    public int Points { get; set; }
    public decimal Fines { get; set; }

    public static string KeyOf(DateOnly day, string office, string channel) => $"{day:yyyy-MM-dd}|{office}|{channel}";
}
