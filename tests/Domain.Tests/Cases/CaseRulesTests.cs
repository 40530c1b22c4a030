using FluentAssertions;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Tests.Cases;

/// <summary>Given events, when a command is decided, then events or a refusal with its rule code.</summary>
public sealed class CaseRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly Actor Clerk = new("clerk.1", ["clerk"], "610100", "W03", null, Channels.Window);
    private static readonly BusinessType Renewal = BusinessCatalogue.Standard.Find("licence.renew")!;
    private static readonly BusinessType ContactChange = BusinessCatalogue.Standard.Find("licence.contact_change")!;

    private static ServiceCase Given(params object[] events)
    {
        var state = ServiceCase.Create((CaseOpened)events[0]);
        foreach (var e in events.Skip(1))
            state = e switch
            {
                CaseAccepted x => state.Apply(x),
                CasePaymentRecorded x => state.Apply(x),
                CaseCompleted x => state.Apply(x),
                CaseRejected x => state.Apply(x),
                CaseWithdrawn x => state.Apply(x),
                _ => throw new ArgumentException(e.GetType().Name),
            };
        return state;
    }

    private static CaseOpened Opened(BusinessType? type = null) =>
        CaseRules.Open(Id, type ?? Renewal, "11010519491231002X", Clerk, Now);

    private static CaseAccepted Accepted() => new(Id, Now);
    private static CasePaymentRecorded Paid() => new(Id, Renewal.Fee, "wechat", "WX-1", Now);

    private static void Refused(Action decide, string code) =>
        decide.Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);

    [Fact]
    public void opening_records_type_fee_and_where_from_the_actor()
    {
        var opened = Opened();

        opened.Should().Be(new CaseOpened(Id, "licence.renew", "11010519491231002X", "window", "610100", "W03", null,
            10m, Now));
    }

    [Fact]
    public void an_opened_case_can_be_accepted() =>
        CaseRules.Accept(Given(Opened()), Now).Should().Be(new CaseAccepted(Id, Now));

    [Fact]
    public void an_accepted_case_cannot_be_accepted_again() =>
        Refused(() => CaseRules.Accept(Given(Opened(), Accepted()), Now), CaseRules.NotOpen);

    [Fact]
    public void payment_before_acceptance_is_refused() =>
        Refused(() => CaseRules.RecordPayment(Given(Opened()), 10m, "wechat", "R", Now), CaseRules.NotAccepted);

    [Fact]
    public void the_exact_fee_is_recorded() =>
        CaseRules.RecordPayment(Given(Opened(), Accepted()), 10m, "alipay", "AP-9", Now)
            .Should().Be(new CasePaymentRecorded(Id, 10m, "alipay", "AP-9", Now));

    [Theory]
    [InlineData(9.99)]
    [InlineData(10.01)]
    public void any_other_amount_is_refused(decimal amount) =>
        Refused(() => CaseRules.RecordPayment(Given(Opened(), Accepted()), amount, "wechat", "R", Now),
            CaseRules.WrongAmount);

    [Fact]
    public void paying_twice_is_refused() =>
        Refused(() => CaseRules.RecordPayment(Given(Opened(), Accepted(), Paid()), 10m, "wechat", "R2", Now),
            CaseRules.AlreadyPaid);

    [Fact]
    public void a_free_business_takes_no_payment() =>
        Refused(() => CaseRules.RecordPayment(Given(Opened(ContactChange), Accepted()), 10m, "wechat", "R", Now),
            CaseRules.NoFeeDue);

    [Fact]
    public void completion_needs_the_fee_paid() =>
        Refused(() => CaseRules.Complete(Given(Opened(), Accepted()), Now), CaseRules.UnpaidFee);

    [Fact]
    public void a_paid_accepted_case_completes() =>
        CaseRules.Complete(Given(Opened(), Accepted(), Paid()), Now).Should().Be(new CaseCompleted(Id, Now));

    [Fact]
    public void a_free_accepted_case_completes_unpaid() =>
        CaseRules.Complete(Given(Opened(ContactChange), Accepted()), Now).Should().Be(new CaseCompleted(Id, Now));

    [Fact]
    public void an_unaccepted_case_cannot_complete() =>
        Refused(() => CaseRules.Complete(Given(Opened()), Now), CaseRules.NotAccepted);

    [Fact]
    public void rejection_needs_a_reason() =>
        Refused(() => CaseRules.Reject(Given(Opened()), "  ", Now), CaseRules.ReasonRequired);

    [Fact]
    public void rejection_keeps_the_trimmed_reason() =>
        CaseRules.Reject(Given(Opened(), Accepted()), " Licence seized. ", Now)
            .Should().Be(new CaseRejected(Id, "Licence seized.", Now));

    [Fact]
    public void withdrawal_without_a_reason_is_allowed() =>
        CaseRules.Withdraw(Given(Opened()), null, Now).Should().Be(new CaseWithdrawn(Id, null, Now));

    public static TheoryData<object> ClosingEvents => new()
    {
        new CaseCompleted(Id, Now),
        new CaseRejected(Id, "no", Now),
        new CaseWithdrawn(Id, null, Now),
    };

    [Theory]
    [MemberData(nameof(ClosingEvents))]
    public void nothing_more_happens_to_a_closed_case(object closing)
    {
        var closed = Given(Opened(), Accepted(), Paid(), closing);

        Refused(() => CaseRules.Accept(closed, Now), CaseRules.AlreadyClosed);
        Refused(() => CaseRules.RecordPayment(closed, 10m, "wechat", "R", Now), CaseRules.AlreadyClosed);
        Refused(() => CaseRules.Complete(closed, Now), CaseRules.AlreadyClosed);
        Refused(() => CaseRules.Reject(closed, "late", Now), CaseRules.AlreadyClosed);
        Refused(() => CaseRules.Withdraw(closed, null, Now), CaseRules.AlreadyClosed);
    }

    [Fact]
    public void state_follows_the_events()
    {
        var state = Given(Opened(), Accepted(), Paid(), new CaseCompleted(Id, Now));

        state.Status.Should().Be(CaseStatus.Completed);
        state.AmountPaid.Should().Be(10m);
        state.PaymentReference.Should().Be("WX-1");
        state.ClosedAt.Should().Be(Now);
    }
}
