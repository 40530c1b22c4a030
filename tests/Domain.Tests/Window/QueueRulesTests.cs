using FluentAssertions;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.WindowService;

namespace TrafficCqrs.Domain.Tests.Window;

/// <summary>Given a ticket's events, when the queue decides, then events or a refusal with its rule code.</summary>
public sealed class QueueRulesTests
{
    // 09:30 in Xi'an is 01:30 UTC on the same office day.
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Guid Ticket = Guid.NewGuid();
    private static readonly Guid Case = Guid.NewGuid();
    private static readonly Actor ClerkAtW03 = new("clerk.1", ["clerk"], "610100", "W03", null, Channels.Window);
    private static readonly Actor ClerkAtW04 = ClerkAtW03 with { UserId = "clerk.2", Counter = "W04" };
    private static readonly BusinessType Replacement = BusinessCatalogue.Standard.Find("licence.replace_lost")!;

    private static TicketIssued Issued() => new(Ticket, "610100", Replacement.Code, Today, 7, Now);
    private static TicketCalled Called(string counter = "W03") => new(Ticket, counter, "clerk.1", Now);
    private static TicketCaseLinked Linked() => new(Ticket, Case, false, Now);

    private static QueueTicket Given(params object[] events)
    {
        var state = QueueTicket.Create((TicketIssued)events[0]);
        foreach (var e in events.Skip(1))
            state = e switch
            {
                TicketCalled x => state.Apply(x),
                TicketCaseLinked x => state.Apply(x),
                TicketServed x => state.Apply(x),
                TicketNoShow x => state.Apply(x),
                _ => throw new ArgumentException(e.GetType().Name),
            };
        return state;
    }

    private static void Refused(Action decide, string code) =>
        decide.Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);

    [Fact]
    public void the_first_ticket_of_an_office_is_number_one()
    {
        var (drawn, issued) = QueueRules.Issue(Ticket, Replacement, "610100", null, Now);

        drawn.Should().Be(new QueueNumberDrawn("610100", Today, 1, Ticket, Now));
        issued.Should().Be(new TicketIssued(Ticket, "610100", "licence.replace_lost", Today, 1, Now));
    }

    [Fact]
    public void numbers_follow_on_within_the_day() =>
        QueueRules.Issue(Ticket, Replacement, "610100", new OfficeQueue { Office = "610100", Day = Today, LastNumber = 41 }, Now)
            .Issued.Number.Should().Be(42);

    [Fact]
    public void numbers_start_again_on_a_new_office_day() =>
        QueueRules.Issue(Ticket, Replacement, "610100",
                new OfficeQueue { Office = "610100", Day = Today.AddDays(-1), LastNumber = 300 }, Now)
            .Issued.Number.Should().Be(1);

    [Theory]
    [InlineData("2026-11-25T15:59:59Z", "2026-11-25")] // 23:59:59 in China
    [InlineData("2026-11-25T16:00:00Z", "2026-11-26")] // midnight in China
    public void the_office_day_turns_at_midnight_china_time(string instant, string day) =>
        QueueRules.OfficeDay(DateTimeOffset.Parse(instant)).Should().Be(DateOnly.Parse(day));

    [Fact]
    public void no_ticket_for_a_business_not_done_at_a_counter() =>
        Refused(() => QueueRules.Issue(Ticket, Replacement with { Channels = [ServiceChannels.Online] }, "610100", null, Now),
            QueueRules.NotAtWindow);

    [Fact]
    public void a_waiting_ticket_is_called_to_the_clerks_counter() =>
        QueueRules.Call(Given(Issued()), ClerkAtW03, Now).Should().Be(new TicketCalled(Ticket, "W03", "clerk.1", Now));

    [Fact]
    public void a_clerk_without_a_counter_cannot_call() =>
        Refused(() => QueueRules.Call(Given(Issued()), ClerkAtW03 with { Counter = null }, Now), QueueRules.CounterRequired);

    [Fact]
    public void a_called_ticket_cannot_be_called_again() =>
        Refused(() => QueueRules.Call(Given(Issued(), Called()), ClerkAtW04, Now), QueueRules.NotWaiting);

    [Fact]
    public void the_case_is_opened_at_the_counter_that_called_the_ticket()
    {
        QueueRules.LinkCase(Given(Issued(), Called()), Case, false, ClerkAtW03, Now)
            .Should().Be(new TicketCaseLinked(Ticket, Case, false, Now));
        Refused(() => QueueRules.LinkCase(Given(Issued(), Called()), Case, false, ClerkAtW04, Now), QueueRules.CalledElsewhere);
    }

    [Fact]
    public void no_case_before_the_ticket_is_called() =>
        Refused(() => QueueRules.LinkCase(Given(Issued()), Case, false, ClerkAtW03, Now), QueueRules.NotCalled);

    [Fact]
    public void one_ticket_one_case() =>
        Refused(() => QueueRules.LinkCase(Given(Issued(), Called(), Linked()), Guid.NewGuid(), false, ClerkAtW03, Now),
            QueueRules.CaseAlreadyLinked);

    [Fact]
    public void a_called_ticket_is_served_at_its_counter()
    {
        QueueRules.Serve(Given(Issued(), Called(), Linked()), ClerkAtW03, Now).Should().Be(new TicketServed(Ticket, Now));
        Refused(() => QueueRules.Serve(Given(Issued()), ClerkAtW03, Now), QueueRules.NotCalled);
    }

    [Fact]
    public void a_return_visit_needs_the_case_of_the_ticket()
    {
        QueueRules.EndWithReturnVisit(Given(Issued(), Called(), Linked()), ClerkAtW03, Now)
            .Should().Be((new TicketServed(Ticket, Now), Case));
        Refused(() => QueueRules.EndWithReturnVisit(Given(Issued(), Called()), ClerkAtW03, Now), QueueRules.NoCase);
    }

    [Fact]
    public void a_no_show_is_a_called_ticket_nobody_came_for()
    {
        QueueRules.NoShow(Given(Issued(), Called()), ClerkAtW03, Now).Should().Be(new TicketNoShow(Ticket, Now));
        Refused(() => QueueRules.NoShow(Given(Issued(), Called(), Linked()), ClerkAtW03, Now), QueueRules.CaseAlreadyLinked);
    }

    public static TheoryData<object> ClosingEvents => new() { new TicketServed(Ticket, Now), new TicketNoShow(Ticket, Now) };

    [Theory]
    [MemberData(nameof(ClosingEvents))]
    public void a_closed_ticket_takes_nothing_more(object closing)
    {
        var closed = Given(Issued(), Called(), closing);

        Refused(() => QueueRules.Call(closed, ClerkAtW03, Now), QueueRules.TicketClosed);
        Refused(() => QueueRules.LinkCase(closed, Case, false, ClerkAtW03, Now), QueueRules.TicketClosed);
        Refused(() => QueueRules.Serve(closed, ClerkAtW03, Now), QueueRules.TicketClosed);
        Refused(() => QueueRules.NoShow(closed, ClerkAtW03, Now), QueueRules.TicketClosed);
        Refused(() => QueueRules.EndWithReturnVisit(closed, ClerkAtW03, Now), QueueRules.TicketClosed);
    }

    [Fact]
    public void stream_ids_per_natural_key_are_stable_and_distinct()
    {
        OfficeQueue.StreamId("610100").Should().Be(OfficeQueue.StreamId("610100"));
        OfficeQueue.StreamId("610100").Should().NotBe(OfficeQueue.StreamId("610200"));
        DeterministicIds.For("queue", "610100").Should().NotBe(DeterministicIds.For("catalogue", "610100"));
    }
}
