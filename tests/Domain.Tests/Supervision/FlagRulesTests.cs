using FluentAssertions;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Domain.Tests.Supervision;

public sealed class FlagRulesTests
{
    private static DateTimeOffset Beijing(int day, int hour, int minute = 0) =>
        new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(26, 7, 59, true)]   // Thursday, before opening
    [InlineData(26, 8, 0, false)]
    [InlineData(26, 17, 59, false)]
    [InlineData(26, 18, 0, true)]
    [InlineData(28, 10, 0, true)]   // Saturday
    public void office_hours_are_eight_to_six_on_working_days(int day, int hour, int minute, bool outside) =>
        FlagRules.IsOutsideOfficeHours(Beijing(day, hour, minute)).Should().Be(outside);

    [Fact]
    public void two_replacements_are_a_normal_year_and_three_a_flag()
    {
        var first = Beijing(2, 10);

        FlagRules.TooManyReplacements([first, first.AddDays(100)]).Should().BeFalse();
        FlagRules.TooManyReplacements([first, first.AddDays(100), first.AddDays(365)]).Should().BeTrue();
        FlagRules.TooManyReplacements([first, first.AddDays(100), first.AddDays(366)]).Should().BeFalse();
    }
}
