namespace TrafficCqrs.Domain.WindowService;

public enum TicketStatus
{
    Waiting,
    Called,
    Served,
    NoShow,
}

/// <summary>The state a decision about a queue ticket needs, rebuilt from the ticket's events.</summary>
public sealed record QueueTicket
{
    public Guid Id { get; init; }
    public string Office { get; init; } = "";
    public string BusinessType { get; init; } = "";
    public DateOnly Day { get; init; }
    public int Number { get; init; }
    public TicketStatus Status { get; init; }
    public string? Counter { get; init; }
    public Guid? CaseId { get; init; }

    public bool IsClosed => Status is TicketStatus.Served or TicketStatus.NoShow;

    public static QueueTicket Create(TicketIssued e) => new()
    {
        Id = e.TicketId, Office = e.Office, BusinessType = e.BusinessType, Day = e.Day, Number = e.Number,
        Status = TicketStatus.Waiting,
    };

    public QueueTicket Apply(TicketCalled e) => this with { Status = TicketStatus.Called, Counter = e.Counter };
    public QueueTicket Apply(TicketCaseLinked e) => this with { CaseId = e.CaseId };
    public QueueTicket Apply(TicketServed e) => this with { Status = TicketStatus.Served };
    public QueueTicket Apply(TicketNoShow e) => this with { Status = TicketStatus.NoShow };
}

/// <summary>An office's ticket numbering: numbers start again at 1 each office day.</summary>
public sealed record OfficeQueue
{
    public Guid Id { get; init; }
    public string Office { get; init; } = "";
    public DateOnly Day { get; init; }
    public int LastNumber { get; init; }

    public static Guid StreamId(string office) => DeterministicIds.For("queue", office);

    public static OfficeQueue Create(QueueNumberDrawn e) => new() { Id = StreamId(e.Office), Office = e.Office, Day = e.Day, LastNumber = e.Number };
    public OfficeQueue Apply(QueueNumberDrawn e) => this with { Day = e.Day, LastNumber = e.Number };
}
