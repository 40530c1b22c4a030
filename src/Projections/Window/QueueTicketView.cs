using JasperFx.Events;
using Marten.Events.Aggregation;
using TrafficCqrs.Domain.WindowService;

using TrafficCqrs.Projections.Inline;

namespace TrafficCqrs.Projections.WindowService;

/// <summary>A queue ticket as the hall display, the counter and the boards see it.</summary>
public sealed class QueueTicketView
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Office { get; set; } = "";

    /// <summary>The office day the ticket belongs to, yyyy-MM-dd.</summary>
    public string Day { get; set; } = "";
    public int Number { get; set; }
    public string BusinessType { get; set; } = "";
    public TicketStatus Status { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public string? Counter { get; set; }
    public string? CalledBy { get; set; }
    public DateTimeOffset? CalledAt { get; set; }
    public Guid? CaseId { get; set; }
    public bool ReturnVisit { get; set; }
    public string? ClosedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
}

/// <summary>Keeps <see cref="QueueTicketView"/> in step with the ticket stream; rebuildable from the events.</summary>
public partial class QueueTicketViewProjection : ScreenedSingleStreamProjection<QueueTicketView, Guid>
{
    public static QueueTicketView Create(TicketIssued e) => new()
    {
        Id = e.TicketId,
        Office = e.Office,
        Day = WindowDays.Key(e.Day),
        Number = e.Number,
        BusinessType = e.BusinessType,
        Status = TicketStatus.Waiting,
        IssuedAt = e.IssuedAt,
    };

    public void Apply(TicketCalled e, QueueTicketView view)
    {
        view.Status = TicketStatus.Called;
        view.Counter = e.Counter;
        view.CalledBy = e.CalledBy;
        view.CalledAt = e.CalledAt;
    }

    public void Apply(TicketCaseLinked e, QueueTicketView view)
    {
        view.CaseId = e.CaseId;
        view.ReturnVisit = e.ReturnVisit;
    }

    public void Apply(IEvent<TicketServed> e, QueueTicketView view)
    {
        view.Status = TicketStatus.Served;
        view.ClosedBy = e.UserName;
        view.ClosedAt = e.Data.ServedAt;
    }

    public void Apply(IEvent<TicketNoShow> e, QueueTicketView view)
    {
        view.Status = TicketStatus.NoShow;
        view.ClosedBy = e.UserName;
        view.ClosedAt = e.Data.MarkedAt;
    }
}

public static class WindowDays
{
    public static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    public static string Key(DateTimeOffset instant) => Key(QueueRules.OfficeDay(instant));
}
