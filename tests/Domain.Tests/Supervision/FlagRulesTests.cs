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

    private static readonly DateOnly Day = new(2026, 11, 26);

    private static Dictionary<DateOnly, int> History(params (int DaysBefore, int Opened)[] days) =>
        days.ToDictionary(d => Day.AddDays(-d.DaysBefore), d => d.Opened);

    [Fact]
    public void an_outlets_average_day_counts_the_30_days_before_on_which_it_opened_cases()
    {
        FlagRules.AverageDay(History((1, 4), (2, 0), (10, 8), (30, 6)), Day)
            .Should().Be(6, "idle days do not dilute the average; the 30th day before still counts");
        FlagRules.AverageDay(History((31, 100), (0, 50), (-1, 70)), Day)
            .Should().Be(0, "the 31st day before, the day itself and later days are not its history");
        FlagRules.AverageDay(History(), Day).Should().Be(0, "a new outlet's average day is 0");
    }

    [Theory]
    [InlineData(19, 0, false)]   // a new outlet's busy day, just under the minimum
    [InlineData(20, 0, true)]
    [InlineData(19, 2, false)]
    [InlineData(20, 2, true)]
    [InlineData(21, 7, false)]   // exactly three times its average day
    [InlineData(22, 7, true)]
    [InlineData(30, 10, false)]
    [InlineData(31, 10, true)]
    public void an_outlets_day_is_a_spike_from_20_cases_and_more_than_three_times_its_average(int opened,
        double average, bool spike) =>
        FlagRules.IsVolumeSpike(opened, average).Should().Be(spike);

    [Theory]
    [InlineData("clerk.a", 59.999, "clerk.a", true)]
    [InlineData("clerk.a", 60, "clerk.a", false)]
    [InlineData("clerk.a", 0, "clerk.a", true)]
    [InlineData("clerk.a", -5, "clerk.a", true)]   // completed before it was accepted: the clock was tampered with
    [InlineData("clerk.a", 10, "clerk.b", false)]  // two people: the second checks the first
    [InlineData(null, 10, null, false)]
    public void a_case_accepted_and_completed_by_one_user_in_under_a_minute_is_implausibly_fast(string? acceptedBy,
        double seconds, string? completedBy, bool fast)
    {
        var accepted = Beijing(26, 10);
        FlagRules.IsImplausiblyFast(acceptedBy, accepted, completedBy, accepted.AddSeconds(seconds)).Should().Be(fast);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void three_refused_attempts_by_one_user_in_a_day_are_flagged(int refused, bool flagged) =>
        FlagRules.TooManyRefusals(refused).Should().Be(flagged);

    [Fact]
    public void the_office_day_is_the_day_in_beijing()
    {
        FlagRules.OfficeDay(new DateTimeOffset(2026, 11, 25, 15, 59, 59, TimeSpan.Zero)).Should().Be(new DateOnly(2026, 11, 25));
        FlagRules.OfficeDay(new DateTimeOffset(2026, 11, 25, 16, 0, 0, TimeSpan.Zero)).Should().Be(new DateOnly(2026, 11, 26));
    }
}
