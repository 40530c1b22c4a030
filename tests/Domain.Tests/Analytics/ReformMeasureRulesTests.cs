using FluentAssertions;
using TrafficCqrs.Domain.Analytics;
using TrafficCqrs.Domain.Exams;

namespace TrafficCqrs.Domain.Tests.Analytics;

public sealed class ReformMeasureRulesTests
{
    [Theory]
    [InlineData("A1", ExamOutcomes.Large)]
    [InlineData("B2", ExamOutcomes.Large)]
    [InlineData("C1", ExamOutcomes.Small)]
    [InlineData("C2", ExamOutcomes.Small)]
    [InlineData("D", ExamOutcomes.Small)]
    public void the_class_kind_splits_where_the_subject_two_pass_mark_splits(string licenceClass, string kind)
    {
        ExamOutcomes.ClassKindOf(licenceClass).Should().Be(kind);
        (ExamRules.PassMark(ExamRules.SubjectTwo, licenceClass) == 90).Should().Be(kind == ExamOutcomes.Large);
    }

    [Theory]
    [InlineData(true, false, true)]    // passed (first try or retake)
    [InlineData(false, true, false)]   // the retake failed too: the sitting failed
    [InlineData(false, false, null)]   // the free retake is still open
    public void a_sitting_ends_passed_or_failed_or_goes_on(bool passed, bool sittingFailed, bool? expected)
    {
        var scored = new ExamAttemptScored(Guid.NewGuid(), Guid.NewGuid(), 2, new DateOnly(2027, 9, 1), "610100",
            passed || sittingFailed ? 2 : 1, passed ? 85 : 60, 80, passed, sittingFailed, DateTimeOffset.UnixEpoch);
        ExamOutcomes.SittingPassed(scored).Should().Be(expected);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void only_a_late_cancellation_counts_as_a_failed_sitting(bool countsAsFail, bool expected) =>
        ExamOutcomes.CountsAsFailedSitting(new ExamBookingCancelled(Guid.NewGuid(), Guid.NewGuid(), 1,
            new DateOnly(2027, 9, 1), "610100", countsAsFail, DateTimeOffset.UnixEpoch)).Should().Be(expected);

    [Theory]
    [InlineData("2027-10-04T10:00:00+08:00", "2027-10-04T23:59:00+08:00", 0)]
    [InlineData("2027-10-04T23:59:00+08:00", "2027-10-05T00:01:00+08:00", 1)]  // China-time calendar days
    [InlineData("2027-10-04T15:59:00Z", "2027-10-04T16:01:00Z", 1)]            // midnight in Beijing
    [InlineData("2027-10-04T10:00:00+08:00", "2027-10-09T09:00:00+08:00", 5)]
    public void transfer_days_are_china_calendar_days(string transferredOut, string transferredIn, int days) =>
        TransferTrips.DaysBetween(DateTimeOffset.Parse(transferredOut), DateTimeOffset.Parse(transferredIn)).Should().Be(days);

    [Theory]
    [InlineData("610100", "610100", true)]
    [InlineData("610100", "110100", false)]
    [InlineData("610100", "unknown", false)]
    public void only_the_origin_office_makes_a_return_trip(string origin, string eventOffice, bool expected) =>
        TransferTrips.IsReturnTrip(origin, eventOffice).Should().Be(expected);
}
