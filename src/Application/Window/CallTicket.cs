using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.WindowService;

namespace TrafficCqrs.Application.WindowService;

/// <summary>A clerk calls a waiting ticket to their counter (叫号).</summary>
public sealed record CallTicket(Guid TicketId, CommandContext Context);

public static class CallTicketHandler
{
    public static async Task<TicketWritten> Handle(CallTicket command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var stream = await TicketStream.Fetch(session, command.TicketId, command.Context, cancellation);
        var called = QueueRules.Call(stream.Aggregate!, command.Context.Actor, clock.GetUtcNow());
        command.Context.Stamp(session, nameof(CallTicket));
        return TicketStream.Append(stream, called);
    }
}
