using FluentAssertions;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Exams;
using static TrafficCqrs.Domain.Tests.Licensing.LicenceGiven;

namespace TrafficCqrs.Domain.Tests.Exams;

/// <summary>Given an applicant's exam events, when a booking, cancellation or score is decided, then events or a refusal.</summary>
public sealed class ExamRulesTests
{
    private const string Applicant = "610102199001011234";
    private static readonly Guid AppId = Guid.NewGuid();
    private static readonly DateOnly Filed = new(2025, 1, 6);
    private static readonly DateOnly PermitDay = new(2025, 1, 20);

    private static void Refused(Action decide, string code) =>
        decide.Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);

    /// <summary>An application and the events that follow, replayed as the store would.</summary>
    private sealed class Journey
    {
        public List<object> Events { get; } = [];

        public Journey(string licenceClass = "C1") =>
            Events.Add(ExamRules.File(AppId, Applicant, new DateOnly(1990, 1, 1), licenceClass, "610100", Channels.Online,
                false, false, At(Filed)));

        public ExamApplication State
        {
            get
            {
                var state = ExamApplication.Create((ExamApplicationFiled)Events[0]);
                foreach (var e in Events.Skip(1))
                    state = e switch
                    {
                        LearnerPermitIssued x => state.Apply(x),
                        ExamBooked x => state.Apply(x),
                        ExamBookingCancelled x => state.Apply(x),
                        ExamAttemptScored x => state.Apply(x),
                        ExamsAllPassed x => state.Apply(x),
                        _ => throw new ArgumentException(e.GetType().Name),
                    };
                return state;
            }
        }

        public Guid Book(int subject, DateOnly date)
        {
            var id = Guid.NewGuid();
            Events.Add(ExamRules.Book(State, id, subject, date, "610100", Channels.Online, At(date.AddDays(-3))));
            return id;
        }

        public IReadOnlyList<object> Score(Guid booking, int score, DateOnly on)
        {
            var events = ExamRules.Score(State, booking, score, At(on));
            Events.AddRange(events);
            return events;
        }

        public Journey Sit(int subject, DateOnly on, params int[] scores)
        {
            var booking = Book(subject, on);
            foreach (var score in scores) Score(booking, score, on);
            return this;
        }

        public Journey WithPermit() => Sit(1, PermitDay, 95);
    }

    [Fact]
    public void ninety_passes_subject_one_and_issues_a_three_year_learner_permit()
    {
        var journey = new Journey();
        var booking = journey.Book(1, PermitDay);

        var events = journey.Score(booking, 90, PermitDay);

        events.Should().HaveCount(2);
        events[1].Should().Be(new LearnerPermitIssued(AppId, PermitDay, PermitDay.AddYears(3), At(PermitDay)));
    }

    [Fact]
    public void eighty_nine_fails_the_first_attempt_and_leaves_the_free_retake()
    {
        var journey = new Journey();
        var booking = journey.Book(1, PermitDay);

        var scored = (ExamAttemptScored)journey.Score(booking, 89, PermitDay).Single();

        scored.Passed.Should().BeFalse();
        scored.SittingFailed.Should().BeFalse();
        journey.Score(booking, 92, PermitDay).Should().ContainItemsAssignableTo<LearnerPermitIssued>();
    }

    [Fact]
    public void a_failed_retake_fails_the_sitting_and_closes_the_booking()
    {
        var journey = new Journey();
        var booking = journey.Book(1, PermitDay);
        journey.Score(booking, 70, PermitDay);

        ((ExamAttemptScored)journey.Score(booking, 85, PermitDay).Single()).SittingFailed.Should().BeTrue();
        Refused(() => journey.Score(booking, 95, PermitDay), ExamRules.NotBooked);
    }

    [Theory]
    [InlineData("C1", 80, true)]
    [InlineData("C1", 79, false)]
    [InlineData("B2", 89, false)]
    [InlineData("B2", 90, true)]
    public void subject_two_pass_mark_is_80_for_small_cars_and_90_for_large(string licenceClass, int score, bool passed)
    {
        var journey = new Journey(licenceClass).WithPermit();
        var day = PermitDay.AddDays(ExamRules.EarliestDaysAfterPermit(2, licenceClass));
        var booking = journey.Book(2, day);

        ((ExamAttemptScored)journey.Score(booking, score, day)[0]).Passed.Should().Be(passed);
    }

    [Theory]
    [InlineData("C1", 2, 10)]
    [InlineData("B2", 2, 20)]
    [InlineData("C2", 3, 20)]
    [InlineData("C1", 3, 30)]
    [InlineData("A1", 3, 40)]
    public void subjects_two_and_three_open_days_after_the_permit_by_class(string licenceClass, int subject, int days)
    {
        var journey = new Journey(licenceClass).WithPermit();
        if (subject == 3) journey.Sit(2, PermitDay.AddDays(ExamRules.EarliestDaysAfterPermit(2, licenceClass)), 95);

        Refused(() => ExamRules.Book(journey.State, Guid.NewGuid(), subject, PermitDay.AddDays(days - 1), "610100",
            Channels.Online, At(PermitDay)), ExamRules.TooEarly);
        ExamRules.Book(journey.State, Guid.NewGuid(), subject, PermitDay.AddDays(days), "610100", Channels.Online, At(PermitDay))
            .Date.Should().Be(PermitDay.AddDays(days));
    }

    [Fact]
    public void subject_two_is_not_open_before_subject_one() =>
        Refused(() => ExamRules.Book(new Journey().State, Guid.NewGuid(), 2, PermitDay, "610100", Channels.Online, At(Filed)),
            ExamRules.NotYetOpen);

    [Fact]
    public void the_fifth_booking_of_subject_two_is_accepted_and_the_sixth_refused()
    {
        var journey = new Journey().WithPermit();
        var day = PermitDay.AddDays(10);
        for (var i = 0; i < 4; i++, day = day.AddDays(ExamRules.WaitAfterFailedSitting))
            journey.Sit(2, day, 50, 50);

        var fifth = journey.Book(2, day);
        ((ExamBooked)journey.Events.Last()).Number.Should().Be(5);
        journey.Score(fifth, 50, day);
        journey.Score(fifth, 50, day);

        Refused(() => journey.Book(2, day.AddDays(ExamRules.WaitAfterFailedSitting)), ExamRules.BookingLimit);
    }

    [Fact]
    public void a_booking_cancelled_in_time_does_not_count_towards_the_limit()
    {
        var journey = new Journey().WithPermit();
        var booking = journey.Book(2, PermitDay.AddDays(12));

        var cancelled = ExamRules.Cancel(journey.State, booking, At(PermitDay.AddDays(11)));
        journey.Events.Add(cancelled);

        cancelled.CountsAsFail.Should().BeFalse();
        journey.State.CountedBookings(2).Should().Be(0);
        journey.Book(2, PermitDay.AddDays(13));
        ((ExamBooked)journey.Events.Last()).Number.Should().Be(1);
    }

    [Fact]
    public void a_cancellation_on_the_exam_day_counts_as_a_failed_sitting_with_its_wait()
    {
        var journey = new Journey().WithPermit();
        var day = PermitDay.AddDays(12);
        var booking = journey.Book(2, day);

        var cancelled = ExamRules.Cancel(journey.State, booking, At(day));
        journey.Events.Add(cancelled);

        cancelled.CountsAsFail.Should().BeTrue();
        journey.State.CountedBookings(2).Should().Be(1);
        Refused(() => journey.Book(2, day.AddDays(9)), ExamRules.WaitingPeriod);
    }

    [Fact]
    public void after_a_failed_sitting_the_next_is_ten_days_later_at_the_earliest()
    {
        var journey = new Journey().WithPermit();
        var day = PermitDay.AddDays(10);
        journey.Sit(2, day, 60, 70);

        Refused(() => journey.Book(2, day.AddDays(9)), ExamRules.WaitingPeriod);
        journey.Book(2, day.AddDays(10));
    }

    [Fact]
    public void a_booking_past_the_permits_validity_is_refused() =>
        Refused(() => ExamRules.Book(new Journey().WithPermit().State, Guid.NewGuid(), 2, PermitDay.AddYears(3).AddDays(1),
            "610100", Channels.Online, At(PermitDay.AddDays(1))), ExamRules.PermitExpired);

    [Fact]
    public void passing_subject_four_after_the_others_completes_the_application()
    {
        var journey = new Journey("C1").WithPermit().Sit(2, PermitDay.AddDays(10), 85).Sit(3, PermitDay.AddDays(30), 90);
        var day = PermitDay.AddDays(31);
        var booking = journey.Book(4, day);

        var events = journey.Score(booking, 96, day);

        events.Last().Should().Be(new ExamsAllPassed(AppId, Applicant, "C1", day, At(day)));
    }

    [Fact]
    public void a_score_before_the_exam_day_is_refused()
    {
        var journey = new Journey();
        var booking = journey.Book(1, PermitDay);

        Refused(() => journey.Score(booking, 95, PermitDay.AddDays(-1)), ExamRules.NotYetHeld);
    }

    [Fact]
    public void in_another_city_of_the_province_the_id_card_suffices_for_a_small_car() =>
        ExamRules.File(AppId, Applicant, new DateOnly(1990, 1, 1), "C1", "610300", Channels.Window, false, false, At(Filed))
            .CrossCity.Should().BeTrue();

    [Fact]
    public void in_another_city_a_large_class_is_refused() =>
        Refused(() => ExamRules.File(AppId, Applicant, new DateOnly(1990, 1, 1), "B2", "610300", Channels.Window, false, false,
            At(Filed)), ExamRules.CrossCitySmallCarsOnly);

    [Fact]
    public void in_another_province_a_residence_permit_is_needed()
    {
        Refused(() => ExamRules.File(AppId, Applicant, new DateOnly(1990, 1, 1), "C1", "110100", Channels.Window, false, false,
            At(Filed)), ExamRules.ResidencePermitRequired);
        ExamRules.File(AppId, Applicant, new DateOnly(1990, 1, 1), "C1", "110100", Channels.Window, true, false, At(Filed))
            .CrossCity.Should().BeFalse();
    }

    [Fact]
    public void a_holder_of_a_licence_in_force_does_not_apply_again() =>
        Refused(() => ExamRules.File(AppId, Applicant, new DateOnly(1990, 1, 1), "C1", "610100", Channels.Window, false, true,
            At(Filed)), ExamRules.AlreadyLicensed);
}
