using Marten;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.WindowService;

namespace TrafficCqrs.Application.WindowService;

/// <summary>The applicant came back on a new ticket for a case that waited for them: its next visit.</summary>
public sealed record ResumeCaseFromTicket(Guid TicketId, Guid CaseId, long? ExpectedVersion, CommandContext Context);

public static class ResumeCaseFromTicketHandler
{
    public static async Task<CaseWritten> Handle(ResumeCaseFromTicket command, IDocumentSession session,
        Outlets.OutletCommissions outlets, TimeProvider clock, CancellationToken cancellation)
    {
        var ticketStream = await TicketStream.Fetch(session, command.TicketId, command.Context, cancellation);
        var now = clock.GetUtcNow();
        var linked = QueueRules.LinkCase(ticketStream.Aggregate!, command.CaseId, returnVisit: true,
            command.Context.Actor, now);

        var written = await CaseStream.Decide(session, outlets, command.CaseId, command.ExpectedVersion, command.Context,
            nameof(ResumeCaseFromTicket), c => CaseRules.ReturnVisit(c, command.TicketId, now), cancellation);
        ticketStream.AppendOne(linked);
        return written;
    }
}
