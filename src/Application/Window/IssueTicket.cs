using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.WindowService;

namespace TrafficCqrs.Application.WindowService;

/// <summary>An applicant takes a ticket (取号) for a business type at the caller's office.</summary>
public sealed record IssueTicket(Guid TicketId, string BusinessType, CommandContext Context);

public static class IssueTicketHandler
{
    // The office's numbering is one stream, locked while the number is drawn, so two tickets
    // never get the same number; a lost race (the first ticket an office ever issues) runs again.
    [RetryOnWriteRace]
    public static async Task<TicketWritten> Handle(IssueTicket command, IDocumentSession session,
        BusinessCatalogue catalogue, TimeProvider clock, CancellationToken cancellation)
    {
        var type = catalogue.Find(command.BusinessType)
                   ?? throw new InvalidFieldException("businessType", $"Unknown business type '{command.BusinessType}'.");
        var office = command.Context.Actor.Office;
        if (string.IsNullOrWhiteSpace(office))
            throw new AccessDeniedException("A ticket is issued at an office; the caller has none.");

        var queue = await session.Events.FetchForExclusiveWriting<OfficeQueue>(OfficeQueue.StreamId(office), cancellation);
        var (drawn, issued) = QueueRules.Issue(command.TicketId, type, office, queue.Aggregate, clock.GetUtcNow());

        command.Context.Stamp(session, nameof(IssueTicket));
        queue.AppendOne(drawn);
        session.Events.StartStream<QueueTicket>(command.TicketId, issued);
        return new TicketWritten(command.TicketId, issued.Number, issued.Day, 1);
    }
}
