using JasperFx.Events;
using Marten;
using Marten.Events;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.WindowService;

namespace TrafficCqrs.Application.WindowService;

/// <summary>The answer to a ticket command: the ticket, its number of the day, and its version.</summary>
public sealed record TicketWritten(Guid Id, int Number, DateOnly Day, long Version);

/// <summary>Loads a ticket for writing: 404 when unknown, 403 when it belongs to another office.</summary>
internal static class TicketStream
{
    public static async Task<IEventStream<QueueTicket>> Fetch(IDocumentSession session, Guid ticketId,
        CommandContext context, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<QueueTicket>(ticketId, cancellation);
        if (stream.Aggregate is not { } ticket)
            throw new NotFoundException($"No queue ticket {ticketId}.");
        if (!string.Equals(ticket.Office, context.Actor.Office, StringComparison.Ordinal))
            throw new AccessDeniedException($"Ticket {ticket.Number} is in the queue of office {ticket.Office}, not {context.Actor.Office}.");
        return stream;
    }

    /// <summary>Appends the decided event and answers with the ticket's new version.</summary>
    public static TicketWritten Append(IEventStream<QueueTicket> stream, object decided)
    {
        stream.AppendOne(decided);
        var ticket = stream.Aggregate!;
        return new TicketWritten(ticket.Id, ticket.Number, ticket.Day, (stream.CurrentVersion ?? 0) + 1);
    }
}
