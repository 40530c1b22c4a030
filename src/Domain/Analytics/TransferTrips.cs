namespace TrafficCqrs.Domain.Analytics;

/// <summary>
/// Cross-region transfers (异地转籍) seen from the owner's side: the reform's promise is that the
/// owner never goes back to the origin office once the vehicle is transferred out.
/// </summary>
public static class TransferTrips
{
    /// <summary>
    /// An event on the vehicle's record between the transfer out and the transfer in is a return trip
    /// when it was written at the origin office (someone acted there for the vehicle again).
    /// </summary>
    public static bool IsReturnTrip(string originOffice, string eventOffice) =>
        string.Equals(originOffice, eventOffice, StringComparison.Ordinal);

    /// <summary>Whole China-time calendar days from the transfer out to the transfer in (0 on the same day).</summary>
    public static int DaysBetween(DateTimeOffset transferredOut, DateTimeOffset transferredIn) =>
        Math.Max(0, StatisticsDay.Of(transferredIn).DayNumber - StatisticsDay.Of(transferredOut).DayNumber);
}
