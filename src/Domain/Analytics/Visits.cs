using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Analytics;

/// <summary>
/// How the reform's "run at most once, or not at all" (最多跑一次) is counted for a finished case.
/// The definitions are spelled out in docs/analytics.md; each lives only here.
/// </summary>
public static class Visits
{
    /// <summary>
    /// Trips the applicant made in person when the case was opened: one at a counter, an outlet or a
    /// kiosk; none online.
    /// </summary>
    public static int AtOpening(string channel) => channel == Channels.Online ? 0 : 1;

    /// <summary>All trips the applicant made in person for the case: the opening one and every return visit.</summary>
    public static int Total(string openingChannel, int returnVisits) => AtOpening(openingChannel) + returnVisits;

    /// <summary>
    /// A trip to an office saved: the case was opened online, at a kiosk or at an outlet (not at an
    /// office counter) and the applicant was never asked to come back.
    /// </summary>
    public static bool SavedOfficeTrip(string openingChannel, int returnVisits) =>
        openingChannel != Channels.Window && returnVisits == 0;

    /// <summary>Done in one visit or none: the applicant was never asked to come back.</summary>
    public static bool InOneVisit(int returnVisits) => returnVisits == 0;
}
