using FluentAssertions;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Domain.Tests.Violations;

/// <summary>Given a violation's events, when a command is decided, then an event or a refusal with its code.</summary>
public sealed class ViolationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly Guid Id = Guid.NewGuid();
    private const string Owner = "11010519491231002X";
    private const string OtherDriver = "610102198511204563";
    private static readonly BusinessType Handling = BusinessCatalogue.Standard.Find(StandardBusinessTypes.ViolationHandling)!;

    private static ViolationRecorded Recorded(int points = 3, decimal fine = 200m) =>
        ViolationRules.Record(Id, "陕A12345", "Xi'an, Second Ring Rd S", Now.AddDays(-3), "1345", points, fine,
            ViolationSources.Camera, "CAM-0042", Now);

    private static ViolationReviewed Upheld() => new(Id, "陕A12345", true, null, Now);
    private static ViolationOwnerNotified Notified() => new(Id, Owner, "sms", Now);

    private static Violation Given(params object[] events)
    {
        var v = Violation.Create((ViolationRecorded)events[0]);
        foreach (var e in events.Skip(1))
            v = e switch
            {
                ViolationReviewed x => v.Apply(x),
                ViolationOwnerNotified x => v.Apply(x),
                ViolationObjected x => v.Apply(x),
                ViolationObjectionDecided x => v.Apply(x),
                ViolationHandled x => v.Apply(x),
                ViolationFinePaid x => v.Apply(x),
                _ => throw new ArgumentException(e.GetType().Name),
            };
        return v;
    }

    private static Violation Notifiable(int points = 3, decimal fine = 200m) => Given(Recorded(points, fine), Upheld(), Notified());

    private static void Refused(Action decide, string code) =>
        decide.Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);

    [Fact]
    public void points_off_the_scale_are_refused() =>
        Refused(() => Recorded(points: 2), ViolationRules.InvalidPoints);

    [Fact]
    public void a_violation_cannot_be_recorded_before_it_happens() =>
        Refused(() => ViolationRules.Record(Id, "陕A12345", "x", Now.AddMinutes(1), "1345", 3, 200m, "camera", "C", Now),
            ViolationRules.OccurredInFuture);

    [Fact]
    public void the_day_a_violation_counts_in_is_its_day_in_china()
    {
        // 23:30 UTC is already the next morning in Xi'an: the points cycle counts that day.
        var lateEvening = new DateTimeOffset(2026, 3, 9, 23, 30, 0, TimeSpan.Zero);
        var recorded = ViolationRules.Record(Id, "陕A12345", "x", lateEvening, "1345", 3, 200m, "camera", "C", Now);

        Given(recorded).CommittedOn.Should().Be(new DateOnly(2026, 3, 10));
    }

    [Fact]
    public void a_recorded_violation_holds_the_vehicle() => Given(Recorded()).HoldsVehicle.Should().BeTrue();

    [Fact]
    public void dismissing_at_review_needs_a_reason_and_lifts_the_hold()
    {
        Refused(() => ViolationRules.Review(Given(Recorded()), false, " ", Now), ViolationRules.ReasonRequired);

        var dismissed = ViolationRules.Review(Given(Recorded()), false, "Plate misread.", Now);
        Given(Recorded(), dismissed).Should().Match<Violation>(v => v.Status == ViolationStatus.Dismissed && !v.HoldsVehicle);
    }

    [Fact]
    public void the_owner_is_notified_only_after_review() =>
        Refused(() => ViolationRules.NotifyOwner(Given(Recorded()), Owner, "sms", Now), ViolationRules.NotReviewed);

    [Fact]
    public void handling_before_notification_is_refused() =>
        Refused(() => ViolationRules.Handle(Given(Recorded(), Upheld()), Handling, "window", Owner, 0, Now),
            ViolationRules.NotNotified);

    [Fact]
    public void the_owner_handles_at_a_window_and_the_fine_falls_due_in_fifteen_days()
    {
        var handled = ViolationRules.Handle(Notifiable(), Handling, "window", Owner, 11, Now);

        handled.Should().Be(new ViolationHandled(Id, "陕A12345", Owner, Owner, true, "window", 3, 200m,
            new DateOnly(2026, 12, 11), Now));
        Given(Recorded(), Upheld(), Notified(), handled).HoldsVehicle.Should().BeFalse();
    }

    [Theory]
    [InlineData("kiosk")]
    [InlineData("online")]
    [InlineData("post_office")]
    public void a_low_point_violation_is_handled_through_any_citizen_channel(string channel) =>
        ViolationRules.Handle(Notifiable(points: 3), Handling, channel, Owner, 0, Now).Channel.Should().Be(channel);

    [Theory]
    [InlineData("kiosk")]
    [InlineData("online")]
    [InlineData("post_office")]
    public void six_points_or_more_only_at_a_window(string channel)
    {
        Refused(() => ViolationRules.Handle(Notifiable(points: 6), Handling, channel, Owner, 0, Now), ViolationRules.WindowOnly);
        ViolationRules.Handle(Notifiable(points: 6), Handling, "window", Owner, 0, Now).Points.Should().Be(6);
        ViolationRules.Handle(Notifiable(points: 3), Handling, channel, Owner, 0, Now).Points.Should().Be(3);
    }

    [Fact]
    public void a_channel_the_catalogue_does_not_list_is_refused() =>
        Refused(() => ViolationRules.Handle(Notifiable(), Handling, "dealer", Owner, 0, Now), ViolationRules.ChannelNotAllowed);

    [Fact]
    public void another_driver_may_take_points_up_to_twelve_exactly()
    {
        var oneOfEleven = ViolationRules.Handle(Notifiable(points: 1), Handling, "window", OtherDriver, 11, Now);
        oneOfEleven.OwnVehicle.Should().BeFalse();
        oneOfEleven.DriverIdNumber.Should().Be(OtherDriver);

        Refused(() => ViolationRules.Handle(Notifiable(points: 3), Handling, "window", OtherDriver, 11, Now),
            ViolationRules.PointsLimitForAnotherVehicle);
        Refused(() => ViolationRules.Handle(Notifiable(points: 1), Handling, "window", OtherDriver, 12, Now),
            ViolationRules.PointsLimitForAnotherVehicle);
    }

    [Fact]
    public void the_owner_is_not_limited_for_their_own_vehicle() =>
        ViolationRules.Handle(Notifiable(points: 3), Handling, "window", Owner, 11, Now).OwnVehicle.Should().BeTrue();

    [Fact]
    public void a_pending_objection_blocks_handling_and_an_upheld_one_dismisses()
    {
        var objected = ViolationRules.Object(Notifiable(), Owner, "I had sold the car.", Now);
        var state = Given(Recorded(), Upheld(), Notified(), objected);
        Refused(() => ViolationRules.Handle(state, Handling, "window", Owner, 0, Now), ViolationRules.ObjectionPending);

        var decided = ViolationRules.DecideObjection(state, true, "Sale proven.", Now);
        var dismissed = Given(Recorded(), Upheld(), Notified(), objected, decided);
        dismissed.Status.Should().Be(ViolationStatus.Dismissed);
        Refused(() => ViolationRules.Handle(dismissed, Handling, "window", Owner, 0, Now), ViolationRules.Dismissed);
    }

    [Fact]
    public void a_rejected_objection_lets_the_violation_be_handled()
    {
        var objected = ViolationRules.Object(Notifiable(), Owner, "Not me.", Now);
        var decided = ViolationRules.DecideObjection(Given(Recorded(), Upheld(), Notified(), objected), false, "Photo clear.", Now);

        var state = Given(Recorded(), Upheld(), Notified(), objected, decided);

        state.Status.Should().Be(ViolationStatus.Notified);
        ViolationRules.Handle(state, Handling, "window", Owner, 0, Now).Should().NotBeNull();
    }

    [Fact]
    public void deciding_without_an_objection_is_refused() =>
        Refused(() => ViolationRules.DecideObjection(Notifiable(), true, "x", Now), ViolationRules.NoPendingObjection);

    [Fact]
    public void handling_twice_is_refused()
    {
        var handled = ViolationRules.Handle(Notifiable(), Handling, "window", Owner, 0, Now);
        Refused(() => ViolationRules.Handle(Given(Recorded(), Upheld(), Notified(), handled), Handling, "window", Owner, 0, Now),
            ViolationRules.AlreadyHandled);
    }

    [Fact]
    public void the_fine_is_paid_with_the_late_fee_due_that_day()
    {
        var handled = ViolationRules.Handle(Notifiable(fine: 200m), Handling, "window", Owner, 0, Now);
        var state = Given(Recorded(fine: 200m), Upheld(), Notified(), handled);
        var tenDaysLate = Now.AddDays(ViolationRules.PaymentPeriodDays + 10);

        ViolationRules.AmountDue(state, tenDaysLate).Should().Be(260m);
        Refused(() => ViolationRules.PayFine(state, 200m, "wechat", "WX-1", tenDaysLate), ViolationRules.WrongAmount);
        ViolationRules.PayFine(state, 260m, "wechat", "WX-1", tenDaysLate)
            .Should().Be(new ViolationFinePaid(Id, 200m, 60m, 260m, 10, "wechat", "WX-1", tenDaysLate));
    }

    [Fact]
    public void paying_at_the_cap_costs_twice_the_fine_and_no_more()
    {
        var handled = ViolationRules.Handle(Notifiable(fine: 200m), Handling, "window", Owner, 0, Now);
        var state = Given(Recorded(fine: 200m), Upheld(), Notified(), handled);

        ViolationRules.PayFine(state, 400m, "alipay", "AP-1", Now.AddDays(200)).LateFee.Should().Be(200m);
    }

    [Fact]
    public void paying_before_handling_or_twice_is_refused()
    {
        Refused(() => ViolationRules.PayFine(Notifiable(), 200m, "wechat", "R", Now), ViolationRules.NotHandled);
        var handled = ViolationRules.Handle(Notifiable(), Handling, "window", Owner, 0, Now);
        var paid = ViolationRules.PayFine(Given(Recorded(), Upheld(), Notified(), handled), 200m, "wechat", "R", Now);
        Refused(() => ViolationRules.PayFine(Given(Recorded(), Upheld(), Notified(), handled, paid), 200m, "wechat", "R", Now),
            ViolationRules.AlreadyPaid);
    }

    [Fact]
    public void a_violation_without_a_fine_is_settled_once_handled()
    {
        var handled = ViolationRules.Handle(Notifiable(points: 1, fine: 0m), Handling, "window", Owner, 0, Now);
        Given(Recorded(points: 1, fine: 0m), Upheld(), Notified(), handled).Status.Should().Be(ViolationStatus.Paid);
    }
}
