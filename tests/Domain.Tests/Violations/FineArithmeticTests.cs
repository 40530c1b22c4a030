using FluentAssertions;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Domain.Tests.Violations;

public sealed class FineArithmeticTests
{
    private static readonly DateOnly Due = new(2026, 12, 11);

    [Theory]
    [InlineData(-5, 0)]      // paid early
    [InlineData(0, 0)]       // paid on the due date: not late
    [InlineData(1, 6)]       // 3% of 200
    [InlineData(10, 60)]
    [InlineData(33, 198)]    // 99%: the last day under the cap
    [InlineData(34, 200)]    // 102% capped at the fine
    [InlineData(400, 200)]
    public void the_late_fee_is_three_percent_a_day_capped_at_the_fine(int daysAfterDue, decimal expected) =>
        FineArithmetic.LateFee(200m, Due, Due.AddDays(daysAfterDue)).Should().Be(expected);

    [Fact]
    public void at_the_cap_the_total_is_exactly_twice_the_fine() =>
        FineArithmetic.AmountDue(150m, Due, Due.AddDays(40)).Should().Be(300m);

    [Fact]
    public void fees_are_rounded_to_the_fen() =>
        FineArithmetic.LateFee(55.55m, Due, Due.AddDays(1)).Should().Be(1.67m); // 1.6665

    [Fact]
    public void days_late_count_natural_days_across_a_month_end() =>
        FineArithmetic.DaysLate(new DateOnly(2026, 1, 30), new DateOnly(2026, 2, 2)).Should().Be(3);
}
