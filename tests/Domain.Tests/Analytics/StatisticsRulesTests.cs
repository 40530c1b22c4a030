using FluentAssertions;
using TrafficCqrs.Domain.Analytics;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Tests.Analytics;

public sealed class StatisticsRulesTests
{
    [Theory]
    [InlineData("2026-11-26T15:59:59Z", "2026-11-26")]
    [InlineData("2026-11-26T16:00:00Z", "2026-11-27")] // midnight in Beijing
    [InlineData("2026-11-27T00:30:00+08:00", "2026-11-27")]
    [InlineData("2026-11-26T23:59:59+08:00", "2026-11-26")]
    public void a_fact_counts_on_its_china_time_day(string instant, string day) =>
        StatisticsDay.Of(DateTimeOffset.Parse(instant)).Should().Be(DateOnly.Parse(day));

    [Fact]
    public void a_day_starts_at_midnight_china_time() =>
        StatisticsDay.StartOf(new DateOnly(2026, 11, 27)).Should().Be(DateTimeOffset.Parse("2026-11-26T16:00:00Z"));

    [Theory]
    [InlineData(new long[] { 5 }, 5)]
    [InlineData(new long[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 9)]             // rank ceil(9.0) = 9
    [InlineData(new long[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, 10)]        // rank ceil(9.9) = 10
    [InlineData(new long[] { 100, 1, 50, 2, 3, 4, 5, 6, 7, 8, 9 }, 50)]     // order does not matter
    [InlineData(new long[] { 30, 10, 20 }, 30)]                                // rank ceil(2.7) = 3
    public void the_90th_percentile_is_the_nearest_rank(long[] values, long expected) =>
        Percentile.NearestRank(values, 90).Should().Be(expected);

    [Fact]
    public void no_values_have_no_percentile_and_no_mean()
    {
        Percentile.NearestRank([], 90).Should().BeNull();
        Percentile.Mean([]).Should().BeNull();
        Percentile.Mean([1, 2]).Should().Be(1.5);
    }

    [Theory]
    [InlineData(Channels.Window, 0, 1, false)]
    [InlineData(Channels.Window, 1, 2, false)]
    [InlineData(Channels.Online, 0, 0, true)]
    [InlineData(Channels.Online, 1, 1, false)]
    [InlineData(Channels.Kiosk, 0, 1, true)]
    [InlineData(Channels.Outlet, 0, 1, true)]
    public void visits_and_trips_saved(string channel, int returnVisits, int visits, bool saved)
    {
        Visits.Total(channel, returnVisits).Should().Be(visits);
        Visits.SavedOfficeTrip(channel, returnVisits).Should().Be(saved);
        Visits.InOneVisit(returnVisits).Should().Be(returnVisits == 0);
    }
}
