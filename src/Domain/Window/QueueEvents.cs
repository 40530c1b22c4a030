using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.WindowService;

// One queue, one acceptance, one completion (一窗通办): a ticket per visit (取号), called to a
// counter (窗口), the case opened from it, then served or a no-show. Each ticket is its own stream;
// the office's numbering is a stream per office.

/// <summary>The office gave out the next number of the day for a ticket (the office queue's own stream).</summary>
[EventName("queue.number_drawn")]
public sealed record QueueNumberDrawn(string Office, DateOnly Day, int Number, Guid TicketId, DateTimeOffset DrawnAt);

/// <summary>An applicant took a ticket (取号) for one business type at an office.</summary>
[EventName("queue.ticket_issued")]
public sealed record TicketIssued(
    Guid TicketId,
    string Office,
    string BusinessType,
    DateOnly Day,
    int Number,
    DateTimeOffset IssuedAt);

/// <summary>A clerk called the ticket to a counter (叫号).</summary>
[EventName("queue.ticket_called")]
public sealed record TicketCalled(Guid TicketId, string Counter, string CalledBy, DateTimeOffset CalledAt);

/// <summary>
/// The visit on this ticket is about a case: one opened from the ticket, or an earlier case the
/// applicant came back for (<paramref name="ReturnVisit"/>).
/// </summary>
[EventName("queue.ticket_case_linked")]
public sealed record TicketCaseLinked(Guid TicketId, Guid CaseId, bool ReturnVisit, DateTimeOffset LinkedAt);

/// <summary>The applicant was served and left the counter.</summary>
[EventName("queue.ticket_served")]
public sealed record TicketServed(Guid TicketId, DateTimeOffset ServedAt);

/// <summary>The applicant did not come when called (过号).</summary>
[EventName("queue.ticket_no_show")]
public sealed record TicketNoShow(Guid TicketId, DateTimeOffset MarkedAt);
