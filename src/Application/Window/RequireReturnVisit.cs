using Marten;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.WindowService;

namespace TrafficCqrs.Application.WindowService;

/// <summary>
/// The visit ends without the case finished: the applicant must come back, and the case records
/// why (so visits per case are counted). The ticket is served; the case stays open.
/// </summary>
public sealed record RequireReturnVisit(Guid TicketId, string Reason, CommandContext Context);

public static class RequireReturnVisitHandler
{
    public static async Task<TicketWritten> Handle(RequireReturnVisit command, IDocumentSession session,
        Outlets.OutletCommissions outlets, TimeProvider clock, CancellationToken cancellation)
    {
        var ticketStream = await TicketStream.Fetch(session, command.TicketId, command.Context, cancellation);
        var now = clock.GetUtcNow();
        var (served, caseId) = QueueRules.EndWithReturnVisit(ticketStream.Aggregate!, command.Context.Actor, now);

        await CaseStream.Decide(session, outlets, caseId, null, command.Context, nameof(RequireReturnVisit),
            c => CaseRules.RequireReturnVisit(c, command.Reason, now), cancellation);
        return TicketStream.Append(ticketStream, served);
    }
}
