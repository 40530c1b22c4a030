using Marten;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.WindowService;

namespace TrafficCqrs.Application.WindowService;

/// <summary>
/// The clerk opens the case for the ticket at the counter: the business type is the ticket's, the
/// applicant shows only the ID card (no paper documents are taken), and the case's first visit is
/// this ticket.
/// </summary>
public sealed record OpenCaseFromTicket(
    Guid TicketId,
    Guid CaseId,
    string ApplicantIdNumber,
    CommandContext Context,
    string? Subject = null,
    IReadOnlyDictionary<string, string>? Details = null);

public static class OpenCaseFromTicketHandler
{
    public static async Task<CaseWritten> Handle(OpenCaseFromTicket command, IDocumentSession session,
        BusinessCatalogue catalogue, CaseWorkflows workflows, Outlets.OutletCommissions outlets, TimeProvider clock,
        CancellationToken cancellation)
    {
        var ticketStream = await TicketStream.Fetch(session, command.TicketId, command.Context, cancellation);
        var ticket = ticketStream.Aggregate!;
        var now = clock.GetUtcNow();
        var linked = QueueRules.LinkCase(ticket, command.CaseId, returnVisit: false, command.Context.Actor, now);

        var opened = await OpenCaseHandler.Handle(
            new OpenCase(command.CaseId, ticket.BusinessType, command.ApplicantIdNumber, command.Context,
                command.Subject, command.Details),
            session, catalogue, workflows, outlets, clock, cancellation);
        session.Events.Append(command.CaseId, CaseRules.FirstVisit(command.CaseId, command.TicketId, now));
        ticketStream.AppendOne(linked);

        command.Context.Stamp(session, nameof(OpenCaseFromTicket));
        return new CaseWritten(command.CaseId, opened.Version + 1);
    }
}
