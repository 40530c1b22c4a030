using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.WindowService;

namespace TrafficCqrs.Application.WindowService;

/// <summary>The applicant at the counter has been served; the counter is free for the next ticket.</summary>
public sealed record ServeTicket(Guid TicketId, CommandContext Context);

public static class ServeTicketHandler
{
    public static async Task<TicketWritten> Handle(ServeTicket command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var stream = await TicketStream.Fetch(session, command.TicketId, command.Context, cancellation);
        var served = QueueRules.Serve(stream.Aggregate!, command.Context.Actor, clock.GetUtcNow());
        command.Context.Stamp(session, nameof(ServeTicket));
        return TicketStream.Append(stream, served);
    }
}
