using FluentAssertions;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Licensing;
using static TrafficCqrs.Domain.Tests.Licensing.LicenceGiven;

namespace TrafficCqrs.Domain.Tests.Licensing;

/// <summary>Given a licence's events, when a decision is asked for, then events or a refusal with its code.</summary>
public sealed class LicenceRulesTests
{
    private static readonly DateOnly IssuedOn = new(2020, 3, 10);
    private static readonly DateOnly Expiry = new(2026, 3, 10);

    private static void Refused(Action decide, string code) =>
        decide.Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);

    [Fact]
    public void a_first_licence_is_valid_six_years_from_the_day_of_issue()
    {
        var issued = Issued(IssuedOn);

        issued.Validity.Should().Be(LicenceValidity.SixYears);
        issued.ValidFrom.Should().Be(IssuedOn);
        issued.ValidUntil.Should().Be(Expiry);
        issued.FirstIssuedOn.Should().Be(IssuedOn);
    }

    [Fact]
    public void an_unknown_class_is_refused() =>
        Refused(() => LicenceRules.Issue(Id, Holder, new DateOnly(1990, 1, 1), ["Z9"], "610100", null, At(IssuedOn)),
            LicenceRules.UnknownClass);

    // Renewal window: the 90 days before expiry.

    [Fact]
    public void renewal_on_day_90_before_expiry_is_accepted_and_steps_up_to_ten_years()
    {
        var events = LicenceRules.Renew(Licence(Issued(IssuedOn)), "610200", null, At(Expiry.AddDays(-90)));

        var renewed = events.Should().ContainSingle().Which.Should().BeOfType<LicenceRenewed>().Subject;
        renewed.Validity.Should().Be(LicenceValidity.TenYears);
        renewed.SteppedUp.Should().BeTrue();
        renewed.ValidFrom.Should().Be(Expiry, "the new term starts at the old expiry, not on the day of renewal");
        renewed.ValidUntil.Should().Be(new DateOnly(2036, 3, 10));
    }

    [Fact]
    public void renewal_on_day_91_before_expiry_is_refused() =>
        Refused(() => LicenceRules.Renew(Licence(Issued(IssuedOn)), "610100", null, At(Expiry.AddDays(-91))),
            LicenceRules.RenewalTooEarly);

    [Fact]
    public void the_calendar_day_is_chinas_even_when_utc_is_still_the_day_before()
    {
        // 2025-12-10 00:30 in Beijing is 2025-12-09 16:30 UTC: day 90 before expiry in China.
        var now = new DateTimeOffset(2025, 12, 9, 16, 30, 0, TimeSpan.Zero);

        LicenceRules.Renew(Licence(Issued(IssuedOn)), "610100", null, now).Should().NotBeEmpty();
    }

    [Fact]
    public void a_ten_year_licence_renews_to_long_term()
    {
        var ten = new LicenceRenewed(Id, Expiry, new DateOnly(2036, 3, 10), LicenceValidity.TenYears, true, "610100", null, At(Expiry));

        var renewed = (LicenceRenewed)LicenceRules.Renew(Licence(Issued(IssuedOn), ten), "610100", null, At(2036, 3, 1))[0];

        renewed.Validity.Should().Be(LicenceValidity.LongTerm);
        renewed.ValidUntil.Should().BeNull();
    }

    [Fact]
    public void a_long_term_licence_is_not_renewed()
    {
        var ten = new LicenceRenewed(Id, Expiry, new DateOnly(2036, 3, 10), LicenceValidity.TenYears, true, "610100", null, At(Expiry));
        var longTerm = new LicenceRenewed(Id, new DateOnly(2036, 3, 10), null, LicenceValidity.LongTerm, true, "610100", null, At(2036, 3, 1));

        Refused(() => LicenceRules.Renew(Licence(Issued(IssuedOn), ten, longTerm), "610100", null, At(2040, 1, 1)),
            LicenceRules.LongTerm);
    }

    [Fact]
    public void a_cycle_that_reached_12_points_keeps_the_same_step()
    {
        var points = new LicencePointsRecorded(Id, Guid.NewGuid(), 12, new DateOnly(2022, 6, 1), new DateOnly(2022, 3, 10), 12, At(2022, 6, 1));
        var restored = new LicenceRestored(Id, "study and subject 1 passed", true, At(2022, 8, 1));

        var renewed = (LicenceRenewed)LicenceRules.Renew(Licence(Issued(IssuedOn), points, restored), "610100", null, At(Expiry))[0];

        renewed.Validity.Should().Be(LicenceValidity.SixYears);
        renewed.SteppedUp.Should().BeFalse();
        renewed.ValidUntil.Should().Be(new DateOnly(2032, 3, 10));
    }

    [Fact]
    public void a_cycle_that_stopped_at_11_points_steps_up()
    {
        var nine = new LicencePointsRecorded(Id, Guid.NewGuid(), 9, new DateOnly(2022, 6, 1), new DateOnly(2022, 3, 10), 9, At(2022, 6, 1));
        var three = PointsRules.Record(Licence(Issued(IssuedOn), nine), Guid.NewGuid(), 1, new DateOnly(2022, 7, 1), At(2022, 7, 1));
        var after = Licence([Issued(IssuedOn), nine, .. three, .. PointsRules.Record(Licence([Issued(IssuedOn), nine, .. three]),
            Guid.NewGuid(), 1, new DateOnly(2022, 7, 2), At(2022, 7, 2))]);

        PointsRules.Total(after, new DateOnly(2022, 3, 10)).Should().Be(11);
        ((LicenceRenewed)LicenceRules.Renew(after, "610100", null, At(Expiry))[0]).SteppedUp.Should().BeTrue();
    }

    // Overdue: more than one year after the renewal date, the licence is cancelled.

    [Fact]
    public void renewal_exactly_one_year_overdue_is_still_accepted() =>
        LicenceRules.Renew(Licence(Issued(IssuedOn)), "610100", null, At(Expiry.AddYears(1))).Should().NotBeEmpty();

    [Fact]
    public void renewal_more_than_one_year_overdue_is_refused_as_cancelled()
    {
        var licence = Licence(Issued(IssuedOn));

        Refused(() => LicenceRules.Renew(licence, "610100", null, At(Expiry.AddYears(1).AddDays(1))), LicenceRules.OverdueCancelled);
        LicenceRules.EffectiveStatus(licence, Expiry.AddYears(1).AddDays(1)).Should().Be(LicenceStatus.Cancelled);
        LicenceRules.EffectiveStatus(licence, Expiry.AddYears(1)).Should().Be(LicenceStatus.Valid);
    }

    [Fact]
    public void a_postponed_renewal_is_overdue_only_from_the_postponed_day()
    {
        var postponed = new LicencePostponed(Id, PostponedMatter.Renewal, Expiry.AddYears(2), "abroad", null, At(2026, 1, 1));

        LicenceRules.Renew(Licence(Issued(IssuedOn), postponed), "610100", null, At(Expiry.AddYears(2).AddDays(10)))
            .Should().NotBeEmpty();
    }

    // Replacement.

    public static TheoryData<object, string> HoldingEvents => new()
    {
        { new LicenceDetained(Id, "seized at a checkpoint", At(2021, 1, 1)), LicenceRules.Detained },
        { new LicenceSuspended(Id, new DateOnly(2021, 7, 1), "drink driving", At(2021, 1, 1)), LicenceRules.Suspended },
        { new LicenceCancelled(Id, "court order", At(2021, 1, 1)), LicenceRules.Cancelled },
    };

    [Theory]
    [MemberData(nameof(HoldingEvents))]
    public void replacement_is_refused_while_the_licence_is_held(object holding, string code) =>
        Refused(() => LicenceRules.Replace(Licence(Issued(IssuedOn), holding), ReplacementReason.Lost, Channels.Window,
            "610100", null, At(2021, 2, 1)), code);

    [Fact]
    public void a_lost_licence_is_replaced_keeping_its_validity()
    {
        var licence = Licence(Issued(IssuedOn));

        var replaced = LicenceRules.Replace(licence, ReplacementReason.Lost, Channels.Online, "610100", null, At(2021, 2, 1));

        replaced.Should().Be(new LicenceReplaced(Id, ReplacementReason.Lost, new DateOnly(2021, 2, 1), "610100", null, At(2021, 2, 1)));
        licence.Apply(replaced).ValidUntil.Should().Be(Expiry);
    }

    [Fact]
    public void a_second_replacement_within_12_months_is_still_done_online()
    {
        var first = new LicenceReplaced(Id, ReplacementReason.Lost, new DateOnly(2021, 2, 1), "610100", null, At(2021, 2, 1));

        LicenceRules.Replace(Licence(Issued(IssuedOn), first), ReplacementReason.Damaged, Channels.Online, "610100", null,
            At(2021, 6, 1)).Should().NotBeNull();
    }

    [Theory]
    [InlineData(Channels.Online)]
    [InlineData(Channels.Kiosk)]
    public void a_third_replacement_within_12_months_is_not_done_unattended(string channel)
    {
        var first = new LicenceReplaced(Id, ReplacementReason.Lost, new DateOnly(2021, 2, 1), "610100", null, At(2021, 2, 1));
        var second = new LicenceReplaced(Id, ReplacementReason.Lost, new DateOnly(2021, 6, 1), "610100", null, At(2021, 6, 1));
        var licence = Licence(Issued(IssuedOn), first, second);

        Refused(() => LicenceRules.Replace(licence, ReplacementReason.Lost, channel, "610100", null, At(2022, 1, 31)),
            LicenceRules.InPersonRequired);
        LicenceRules.Replace(licence, ReplacementReason.Lost, Channels.Window, "610100", null, At(2022, 1, 31))
            .Should().NotBeNull("at a counter the clerk sees the holder in person");
    }

    [Fact]
    public void a_replacement_twelve_months_old_no_longer_counts()
    {
        var first = new LicenceReplaced(Id, ReplacementReason.Lost, new DateOnly(2021, 2, 1), "610100", null, At(2021, 2, 1));
        var second = new LicenceReplaced(Id, ReplacementReason.Lost, new DateOnly(2021, 6, 1), "610100", null, At(2021, 6, 1));

        LicenceRules.Replace(Licence(Issued(IssuedOn), first, second), ReplacementReason.Lost, Channels.Online, "610100",
            null, At(2022, 2, 1)).Should().NotBeNull();
    }

    // Step-down at 60.

    [Fact]
    public void an_a_or_b_holder_steps_down_to_c1_on_the_sixtieth_birthday()
    {
        var licence = Licence(Issued(IssuedOn, ["A1", "B2"], birth: new DateOnly(1966, 4, 1)));

        var downgraded = LicenceRules.DowngradeByAge(licence, At(2026, 4, 1));

        downgraded.From.Should().Equal("A1", "B2");
        downgraded.To.Should().Equal("C1");
        licence.Apply(downgraded).Classes.Should().Equal("C1");
    }

    [Fact]
    public void the_day_before_the_sixtieth_birthday_there_is_no_step_down() =>
        Refused(() => LicenceRules.DowngradeByAge(Licence(Issued(IssuedOn, ["B2"], birth: new DateOnly(1966, 4, 1))),
            At(2026, 3, 31)), LicenceRules.StepDownNotDue);

    [Fact]
    public void a_c1_holder_of_sixty_has_nothing_to_step_down() =>
        Refused(() => LicenceRules.DowngradeByAge(Licence(Issued(IssuedOn, ["C1"], birth: new DateOnly(1950, 1, 1))),
            At(2021, 1, 1)), LicenceRules.StepDownNotDue);

    [Fact]
    public void a_renewal_at_sixty_steps_the_large_classes_down_too()
    {
        var events = LicenceRules.Renew(Licence(Issued(IssuedOn, ["A2"], birth: new DateOnly(1965, 1, 1))), "610100", null,
            At(Expiry.AddDays(-10)));

        events.Should().HaveCount(2);
        events[1].Should().BeOfType<LicenceClassDowngraded>().Which.To.Should().Equal("C1");
    }

    // Postponement: at most 3 years.

    [Fact]
    public void renewal_may_be_postponed_three_years_after_expiry() =>
        LicenceRules.Postpone(Licence(Issued(IssuedOn)), PostponedMatter.Renewal, Expiry.AddYears(3), "working abroad", null,
            At(2026, 1, 5)).Until.Should().Be(Expiry.AddYears(3));

    [Fact]
    public void a_postponement_one_day_longer_than_three_years_is_refused() =>
        Refused(() => LicenceRules.Postpone(Licence(Issued(IssuedOn)), PostponedMatter.Renewal, Expiry.AddYears(3).AddDays(1),
            "working abroad", null, At(2026, 1, 5)), LicenceRules.PostponementTooLong);

    [Fact]
    public void a_postponement_needs_a_reason() =>
        Refused(() => LicenceRules.Postpone(Licence(Issued(IssuedOn)), PostponedMatter.Medical, new DateOnly(2024, 1, 1), " ",
            null, At(2023, 1, 5)), LicenceRules.ReasonRequired);

    // Police measures.

    [Fact]
    public void a_suspended_licence_is_restored_without_an_exam()
    {
        var licence = Licence(Issued(IssuedOn), new LicenceSuspended(Id, new DateOnly(2021, 7, 1), "drink driving", At(2021, 1, 1)));

        var restored = LicenceRules.Restore(licence, "suspension served", subjectOnePassed: false, At(2021, 7, 1));

        licence.Apply(restored).Status.Should().Be(LicenceStatus.Valid);
    }

    [Fact]
    public void a_suspension_ends_on_a_later_day() =>
        Refused(() => LicenceRules.Suspend(Licence(Issued(IssuedOn)), new DateOnly(2021, 2, 1), "speeding", At(2021, 2, 1)),
            LicenceRules.SuspensionNotLater);

    [Fact]
    public void a_cancelled_licence_needs_subject_one_to_be_restored() =>
        Refused(() => LicenceRules.Restore(Licence(Issued(IssuedOn), new LicenceCancelled(Id, "error", At(2021, 1, 1))),
            "restore", subjectOnePassed: false, At(2021, 2, 1)), LicenceRules.SubjectOneRequired);

    [Fact]
    public void a_valid_licence_has_nothing_to_restore() =>
        Refused(() => LicenceRules.Restore(Licence(Issued(IssuedOn)), "restore", true, At(2021, 2, 1)), LicenceRules.NotHeld);

    [Fact]
    public void contact_change_needs_something_to_change() =>
        Refused(() => LicenceRules.ChangeDetails(Licence(Issued(IssuedOn)), null, " ", null, null, At(2021, 2, 1)),
            LicenceRules.NothingToChange);

    // Obligations shown on the driver record.

    [Fact]
    public void renewal_is_owed_from_the_day_the_window_opens()
    {
        var licence = Licence(Issued(IssuedOn));

        LicenceObligations.Pending(licence, Expiry.AddDays(-91)).Should().BeEmpty();
        LicenceObligations.Pending(licence, Expiry.AddDays(-90)).Should().ContainSingle()
            .Which.Should().Be(new Obligation(LicenceObligations.Renewal, "Renew the licence (期满换证).", Expiry));
    }

    [Fact]
    public void a_holder_of_seventy_owes_a_yearly_medical()
    {
        var licence = Licence(Issued(IssuedOn, birth: new DateOnly(1951, 1, 1)),
            new LicenceMedicalSubmitted(Id, "MED-1", new DateOnly(2021, 1, 2), null, At(2021, 1, 2)));

        LicenceObligations.Pending(licence, new DateOnly(2022, 1, 1)).Should().NotContain(o => o.Code == LicenceObligations.Medical);
        LicenceObligations.Pending(licence, new DateOnly(2022, 1, 2)).Should().Contain(o => o.Code == LicenceObligations.Medical);
    }

    [Fact]
    public void the_stream_id_follows_from_the_id_number_alone() =>
        LicenceStreamId.For(" 11010519491231002x ").Should().Be(LicenceStreamId.For(Holder)).And.NotBe(Guid.Empty);
}
