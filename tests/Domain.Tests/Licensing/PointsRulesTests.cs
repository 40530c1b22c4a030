using FluentAssertions;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Licensing;
using static TrafficCqrs.Domain.Tests.Licensing.LicenceGiven;

namespace TrafficCqrs.Domain.Tests.Licensing;

/// <summary>Points on the licence: the cycle, carry-over, 12 points, study and review education.</summary>
public sealed class PointsRulesTests
{
    private static readonly DateOnly IssuedOn = new(2020, 3, 10);
    private static readonly DateOnly AfterProbation = new(2021, 6, 1);

    private static void Refused(Action decide, string code) =>
        decide.Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);

    /// <summary>Records violations one after the other, each on its own day, and returns every event.</summary>
    private static List<object> With(DrivingLicenceBuilder b, params (int points, DateOnly on)[] violations)
    {
        foreach (var (points, on) in violations)
            b.Add(PointsRules.Record(b.State, Guid.NewGuid(), points, on, At(on)));
        return b.Events;
    }

    private sealed class DrivingLicenceBuilder(params object[] given)
    {
        public List<object> Events { get; } = [.. given];
        public DrivingLicence State => Licence([.. Events]);
        public void Add(IEnumerable<object> events) => Events.AddRange(events);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(0)]
    public void only_the_legal_scores_are_recorded(int points) =>
        Refused(() => PointsRules.Record(Licence(Issued(IssuedOn)), Guid.NewGuid(), points, AfterProbation, At(AfterProbation)),
            PointsRules.InvalidScore);

    [Fact]
    public void the_cycle_runs_twelve_months_from_the_first_issue_date()
    {
        var cycle = PointsCycle.Containing(IssuedOn, new DateOnly(2023, 3, 9));

        cycle.Should().Be(new PointsCycle(new DateOnly(2022, 3, 10), new DateOnly(2023, 3, 10)));
        PointsCycle.Containing(IssuedOn, new DateOnly(2023, 3, 10)).Start.Should().Be(new DateOnly(2023, 3, 10));
    }

    [Fact]
    public void eleven_points_leave_the_licence_valid()
    {
        var events = With(new(Issued(IssuedOn)), (9, AfterProbation), (1, AfterProbation.AddDays(1)), (1, AfterProbation.AddDays(2)));
        var licence = Licence([.. events]);

        PointsRules.Total(licence, new DateOnly(2021, 3, 10)).Should().Be(11);
        licence.Status.Should().Be(LicenceStatus.Valid);
        events.OfType<LicenceDetained>().Should().BeEmpty();
    }

    [Fact]
    public void the_twelfth_point_detains_the_licence()
    {
        var events = With(new(Issued(IssuedOn)), (9, AfterProbation), (1, AfterProbation.AddDays(1)), (1, AfterProbation.AddDays(2)),
            (1, AfterProbation.AddDays(3)));
        var licence = Licence([.. events]);

        events.OfType<LicencePointsRecorded>().Last().CycleTotal.Should().Be(12);
        events.Last().Should().BeOfType<LicenceDetained>();
        licence.Status.Should().Be(LicenceStatus.Detained);
        licence.TwelvePointsInTerm.Should().BeTrue();
        LicenceObligations.Pending(licence, AfterProbation.AddDays(3)).Should()
            .Contain(o => o.Code == LicenceObligations.StudyAndSubjectOne);
    }

    [Fact]
    public void twelve_points_in_probation_cancel_the_class()
    {
        var inProbation = IssuedOn.AddMonths(12).AddDays(-1);
        var events = With(new(Issued(IssuedOn)), (12, inProbation));
        var licence = Licence([.. events]);

        events.Last().Should().BeOfType<LicenceClassCancelled>().Which.Classes.Should().Equal("C1");
        licence.Status.Should().Be(LicenceStatus.Cancelled);
    }

    [Fact]
    public void a_licence_whose_classes_were_all_cancelled_is_not_restored_by_subject_one()
    {
        var inProbation = IssuedOn.AddMonths(12).AddDays(-1);
        var licence = Licence([.. With(new(Issued(IssuedOn)), (12, inProbation))]);

        Refused(() => LicenceRules.Restore(licence, "subject 1 passed", true, At(inProbation.AddDays(30))),
            LicenceRules.NoClassesLeft);
    }

    [Fact]
    public void twelve_points_on_the_first_day_after_probation_detain_instead() =>
        With(new(Issued(IssuedOn)), (12, IssuedOn.AddMonths(12))).Last().Should().BeOfType<LicenceDetained>();

    [Fact]
    public void a_violation_recorded_twice_counts_once()
    {
        var violation = Guid.NewGuid();
        var licence = Licence([Issued(IssuedOn), .. PointsRules.Record(Licence(Issued(IssuedOn)), violation, 6, AfterProbation, At(AfterProbation))]);

        PointsRules.Record(licence, violation, 6, AfterProbation, At(AfterProbation)).Should().BeEmpty();
    }

    [Fact]
    public void points_under_twelve_with_fines_paid_clear_at_cycle_end()
    {
        var violation = Guid.NewGuid();
        var licence = Licence(Issued(IssuedOn),
            new LicencePointsRecorded(Id, violation, 6, AfterProbation, new DateOnly(2021, 3, 10), 6, At(AfterProbation)),
            new LicencePointsFinePaid(Id, violation, AfterProbation.AddDays(5), At(AfterProbation.AddDays(5))));

        PointsRules.Total(licence, new DateOnly(2022, 3, 10)).Should().Be(0);
    }

    [Fact]
    public void points_taken_with_the_fine_already_paid_count_in_the_cycle_and_clear_at_its_end()
    {
        var violation = Guid.NewGuid();
        var events = PointsRules.Record(Licence(Issued(IssuedOn)), violation, 6, AfterProbation, At(AfterProbation),
            finePaidOn: AfterProbation);
        var licence = Licence([Issued(IssuedOn), .. events]);

        events.OfType<LicencePointsFinePaid>().Should().ContainSingle().Which.Should()
            .Match<LicencePointsFinePaid>(e => e.ViolationId == violation && e.PaidOn == AfterProbation);
        PointsRules.Total(licence, new DateOnly(2021, 3, 10)).Should().Be(6);
        PointsRules.Total(licence, new DateOnly(2022, 3, 10)).Should().Be(0);
    }

    [Fact]
    public void the_twelfth_point_detains_the_licence_even_with_the_fine_paid()
    {
        var events = With(new(Issued(IssuedOn)), (9, AfterProbation));
        events.AddRange(PointsRules.Record(Licence([.. events]), Guid.NewGuid(), 3, AfterProbation.AddDays(1),
            At(AfterProbation.AddDays(1)), finePaidOn: AfterProbation.AddDays(1)));

        events.Last().Should().BeOfType<LicenceDetained>();
        Licence([.. events]).Status.Should().Be(LicenceStatus.Detained);
    }

    [Fact]
    public void points_with_an_unpaid_fine_carry_into_the_next_cycle()
    {
        var licence = Licence(Issued(IssuedOn),
            new LicencePointsRecorded(Id, Guid.NewGuid(), 6, AfterProbation, new DateOnly(2021, 3, 10), 6, At(AfterProbation)));

        PointsRules.Total(licence, new DateOnly(2022, 3, 10)).Should().Be(6);
        PointsRules.Total(licence, new DateOnly(2023, 3, 10)).Should().Be(6, "still unpaid at the end of the next cycle");
    }

    [Fact]
    public void a_fine_paid_after_the_cycle_ended_still_carried_its_points_once()
    {
        var violation = Guid.NewGuid();
        var licence = Licence(Issued(IssuedOn),
            new LicencePointsRecorded(Id, violation, 6, AfterProbation, new DateOnly(2021, 3, 10), 6, At(AfterProbation)),
            new LicencePointsFinePaid(Id, violation, new DateOnly(2022, 4, 1), At(2022, 4, 1)));

        PointsRules.Total(licence, new DateOnly(2022, 3, 10)).Should().Be(6);
        PointsRules.Total(licence, new DateOnly(2023, 3, 10)).Should().Be(0);
    }

    [Fact]
    public void study_removes_up_to_six_points_a_cycle()
    {
        var events = With(new(Issued(IssuedOn)), (9, AfterProbation));
        events.Add(PointsRules.ReduceByStudy(Licence([.. events]), 3, At(AfterProbation.AddDays(1))));
        var reduced = PointsRules.ReduceByStudy(Licence([.. events]), 3, At(AfterProbation.AddDays(2)));
        events.Add(reduced);

        PointsRules.Total(Licence([.. events]), new DateOnly(2021, 3, 10)).Should().Be(3);
    }

    [Fact]
    public void a_seventh_point_of_study_in_a_cycle_is_refused()
    {
        var events = With(new(Issued(IssuedOn)), (9, AfterProbation));
        events.Add(PointsRules.ReduceByStudy(Licence([.. events]), 6, At(AfterProbation.AddDays(1))));

        Refused(() => PointsRules.ReduceByStudy(Licence([.. events]), 1, At(AfterProbation.AddDays(2))), PointsRules.StudyLimit);
    }

    [Fact]
    public void study_is_closed_at_twelve_points() =>
        Refused(() => PointsRules.ReduceByStudy(Licence([.. With(new(Issued(IssuedOn)), (12, AfterProbation))]), 3,
            At(AfterProbation.AddDays(1))), PointsRules.StudyExcluded);

    [Fact]
    public void restoring_after_twelve_points_needs_subject_one_and_clears_the_points()
    {
        var licence = Licence([.. With(new(Issued(IssuedOn)), (12, AfterProbation))]);

        Refused(() => LicenceRules.Restore(licence, "study done", false, At(AfterProbation.AddDays(20))), LicenceRules.SubjectOneRequired);
        var restored = LicenceRules.Restore(licence, "study and subject 1 passed", true, At(AfterProbation.AddDays(20)));

        restored.PointsCleared.Should().BeTrue();
        var after = licence.Apply(restored);
        after.Status.Should().Be(LicenceStatus.Valid);
        PointsRules.Total(after, new DateOnly(2021, 3, 10)).Should().Be(0);
        after.TwelvePointsInTerm.Should().BeTrue("the step-up at renewal still remembers the cycle");
    }

    [Fact]
    public void an_a_or_b_holder_with_points_owes_review_education_within_thirty_days_after_the_cycle()
    {
        var licence = Licence([.. With(new(Issued(IssuedOn, ["B2"])), (3, AfterProbation))]);
        var nextCycle = new DateOnly(2022, 3, 10);

        LicenceObligations.Pending(licence, nextCycle.AddDays(-1)).Should().NotContain(o => o.Code == LicenceObligations.ReviewEducation);
        LicenceObligations.Pending(licence, nextCycle).Should().ContainSingle(o => o.Code == LicenceObligations.ReviewEducation)
            .Which.DueBy.Should().Be(nextCycle.AddDays(29));
    }

    [Fact]
    public void review_education_takes_three_hours_and_resolved_violations()
    {
        var licence = Licence([.. With(new(Issued(IssuedOn, ["B2"])), (3, AfterProbation))]);
        var at = At(2022, 3, 20);

        Refused(() => PointsRules.CompleteReviewEducation(licence, 2.5m, false, at), PointsRules.EducationTooShort);
        Refused(() => PointsRules.CompleteReviewEducation(licence, 3m, true, at), PointsRules.EducationUnresolved);
        var done = PointsRules.CompleteReviewEducation(licence, 3m, false, at);
        LicenceObligations.Pending(licence.Apply(done), new DateOnly(2022, 3, 20)).Should().BeEmpty();
    }

    [Fact]
    public void a_c1_holder_owes_no_review_education() =>
        Refused(() => PointsRules.CompleteReviewEducation(Licence([.. With(new(Issued(IssuedOn)), (3, AfterProbation))]), 3m,
            false, At(2022, 3, 20)), PointsRules.EducationNotRequired);
}
