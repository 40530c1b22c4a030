using FluentAssertions;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Domain.Tests.Violations;

public sealed class PointsRulesTests
{
    [Theory]
    [InlineData(11, 1, true)]   // 12: at the limit, allowed
    [InlineData(9, 3, true)]
    [InlineData(0, 12, true)]
    [InlineData(12, 0, true)]   // a 0-point violation adds nothing
    [InlineData(11, 3, false)]  // 14: past the limit
    [InlineData(12, 1, false)]  // 13
    [InlineData(10, 6, false)]
    public void points_for_another_persons_vehicle_may_not_pass_twelve(int cyclePoints, int points, bool allowed) =>
        PointsRules.MayTakeForAnotherVehicle(cyclePoints, points).Should().Be(allowed);

    [Theory]
    [InlineData(12, true)]
    [InlineData(9, true)]
    [InlineData(6, true)]
    [InlineData(3, true)]
    [InlineData(1, true)]
    [InlineData(0, true)]
    [InlineData(2, false)]
    [InlineData(13, false)]
    [InlineData(-1, false)]
    public void a_violation_carries_only_the_scores_of_the_scale(int points, bool allowed) =>
        PointsRules.IsAllowed(points).Should().Be(allowed);
}
