using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.WindowService;

/// <summary>
/// The queue at an office: a ticket is issued, called to one counter, linked to one case, then
/// served or marked a no-show; a closed ticket takes nothing more.
/// </summary>
public static class QueueRules
{
    public const string NotAtWindow = "queue.type_not_at_window";
    public const string NotWaiting = "queue.not_waiting";
    public const string NotCalled = "queue.not_called";
    public const string CounterRequired = "queue.counter_required";
    public const string CalledElsewhere = "queue.called_to_another_counter";
    public const string CaseAlreadyLinked = "queue.case_already_linked";
    public const string NoCase = "queue.no_case";
    public const string TicketClosed = "queue.ticket_closed";

    /// <summary>Offices keep China Standard Time: the queue's day, and "today" on the boards, begin at midnight there.</summary>
    public static readonly TimeSpan OfficeUtcOffset = TimeSpan.FromHours(8);

    public static DateOnly OfficeDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(OfficeUtcOffset).DateTime);

    /// <summary>The next number of the office's day and the ticket that carries it.</summary>
    public static (QueueNumberDrawn Drawn, TicketIssued Issued) Issue(Guid ticketId, BusinessType type, string office,
        OfficeQueue? queue, DateTimeOffset now)
    {
        if (!type.AllowsChannel(ServiceChannels.Window))
            throw new DomainRuleException(NotAtWindow, $"{type.NameEn} is not handled at a counter; no ticket is needed.");
        var day = OfficeDay(now);
        var number = queue is not null && queue.Day == day ? queue.LastNumber + 1 : 1;
        return (new QueueNumberDrawn(office, day, number, ticketId, now),
            new TicketIssued(ticketId, office, type.Code, day, number, now));
    }

    public static TicketCalled Call(QueueTicket ticket, Actor clerk, DateTimeOffset now)
    {
        RefuseWhenClosed(ticket);
        if (string.IsNullOrWhiteSpace(clerk.Counter))
            throw new DomainRuleException(CounterRequired, "A ticket is called to a counter; the caller has none.");
        if (ticket.Status != TicketStatus.Waiting)
            throw new DomainRuleException(NotWaiting, $"Ticket {ticket.Number} was already called to counter {ticket.Counter}.");
        return new TicketCalled(ticket.Id, clerk.Counter, clerk.UserId, now);
    }

    /// <summary>The case of this visit: opened from the ticket, or an earlier one the applicant came back for.</summary>
    public static TicketCaseLinked LinkCase(QueueTicket ticket, Guid caseId, bool returnVisit, Actor clerk, DateTimeOffset now)
    {
        EnsureAtItsCounter(ticket, clerk);
        if (ticket.CaseId is { } existing)
            throw new DomainRuleException(CaseAlreadyLinked, $"Ticket {ticket.Number} is already for case {existing}: one ticket, one case.");
        return new TicketCaseLinked(ticket.Id, caseId, returnVisit, now);
    }

    public static TicketServed Serve(QueueTicket ticket, Actor clerk, DateTimeOffset now)
    {
        EnsureAtItsCounter(ticket, clerk);
        return new TicketServed(ticket.Id, now);
    }

    /// <summary>The visit ends with the case unfinished: the ticket is served, its case must be linked.</summary>
    public static (TicketServed Served, Guid CaseId) EndWithReturnVisit(QueueTicket ticket, Actor clerk, DateTimeOffset now)
    {
        EnsureAtItsCounter(ticket, clerk);
        if (ticket.CaseId is not { } caseId)
            throw new DomainRuleException(NoCase, $"Ticket {ticket.Number} has no case to come back for.");
        return (new TicketServed(ticket.Id, now), caseId);
    }

    public static TicketNoShow NoShow(QueueTicket ticket, Actor clerk, DateTimeOffset now)
    {
        EnsureAtItsCounter(ticket, clerk);
        if (ticket.CaseId is not null)
            throw new DomainRuleException(CaseAlreadyLinked, $"The applicant of ticket {ticket.Number} came: a case was opened.");
        return new TicketNoShow(ticket.Id, now);
    }

    private static void EnsureAtItsCounter(QueueTicket ticket, Actor clerk)
    {
        RefuseWhenClosed(ticket);
        if (ticket.Status != TicketStatus.Called)
            throw new DomainRuleException(NotCalled, $"Ticket {ticket.Number} has not been called to a counter yet.");
        if (!string.Equals(ticket.Counter, clerk.Counter, StringComparison.Ordinal))
            throw new DomainRuleException(CalledElsewhere, $"Ticket {ticket.Number} was called to counter {ticket.Counter}.");
    }

    private static void RefuseWhenClosed(QueueTicket ticket)
    {
        if (ticket.IsClosed)
            throw new DomainRuleException(TicketClosed,
                $"Ticket {ticket.Number} is closed ({(ticket.Status == TicketStatus.Served ? "served" : "no-show")}).");
    }
}
