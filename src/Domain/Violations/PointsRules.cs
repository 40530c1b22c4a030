using LicencePoints = TrafficCqrs.Domain.Licensing.PointsRules;

namespace TrafficCqrs.Domain.Violations;

/// <summary>
/// Points (记分) as a violation sees them. The scale and the cycle's limit are the licence's
/// (<see cref="LicencePoints"/>); a violation may also carry none (a fine only).
/// </summary>
public static class PointsRules
{
    /// <summary>A cycle's limit: reaching it detains the licence (licensing's business).</summary>
    public const int CycleLimit = LicencePoints.DetentionThreshold;

    /// <summary>The points a violation code can carry (道路交通安全违法行为记分管理办法); 0 for a fine-only violation.</summary>
    public static readonly IReadOnlyList<int> Allowed = [.. LicencePoints.Scores, 0];

    public static bool IsAllowed(int points) => Allowed.Contains(points);

    /// <summary>
    /// Whether a driver may take the points of a violation by a vehicle someone else owns: only if
    /// the licence's current-cycle total stays within the limit afterwards. 11 + 1 = 12 is allowed;
    /// 11 + 3 = 14 and 12 + 1 = 13 are not; a 0-point violation can always be taken. The vehicle's
    /// owner taking points for their own vehicle is not limited here.
    /// </summary>
    public static bool MayTakeForAnotherVehicle(int cyclePoints, int points) => cyclePoints + points <= CycleLimit;
}
