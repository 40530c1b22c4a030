using Marten.Events.Aggregation;
using TrafficCqrs.Domain.WindowService;

namespace TrafficCqrs.Projections.WindowService;

/// <summary>Rebuilds the domain's <see cref="QueueTicket"/> from its events; the rules stay in the domain.</summary>
public partial class QueueTicketProjection : SingleStreamProjection<QueueTicket, Guid>
{
    public static QueueTicket Create(TicketIssued e) => QueueTicket.Create(e);
    public QueueTicket Apply(TicketCalled e, QueueTicket state) => state.Apply(e);
    public QueueTicket Apply(TicketCaseLinked e, QueueTicket state) => state.Apply(e);
    public QueueTicket Apply(TicketServed e, QueueTicket state) => state.Apply(e);
    public QueueTicket Apply(TicketNoShow e, QueueTicket state) => state.Apply(e);
}

/// <summary>Rebuilds an office's ticket numbering from its stream.</summary>
public partial class OfficeQueueProjection : SingleStreamProjection<OfficeQueue, Guid>
{
    public static OfficeQueue Create(QueueNumberDrawn e) => OfficeQueue.Create(e);
    public OfficeQueue Apply(QueueNumberDrawn e, OfficeQueue state) => state.Apply(e);
}
