using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.WindowService;

namespace TrafficCqrs.Application.WindowService;

/// <summary>The applicant did not come when the ticket was called (过号).</summary>
public sealed record MarkNoShow(Guid TicketId, CommandContext Context);

public static class MarkNoShowHandler
{
    public static async Task<TicketWritten> Handle(MarkNoShow command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var stream = await TicketStream.Fetch(session, command.TicketId, command.Context, cancellation);
        var noShow = QueueRules.NoShow(stream.Aggregate!, command.Context.Actor, clock.GetUtcNow());
        command.Context.Stamp(session, nameof(MarkNoShow));
        return TicketStream.Append(stream, noShow);
    }
}
