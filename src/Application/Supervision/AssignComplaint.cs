using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Application.Supervision;

/// <summary>Someone is made responsible for answering a complaint.</summary>
public sealed record AssignComplaint(Guid ComplaintId, string Handler, long? ExpectedVersion, CommandContext Context);

public static class AssignComplaintHandler
{
    public static Task<SupervisionWritten> Handle(AssignComplaint command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation) =>
        ComplaintStream.Decide(session, command.ComplaintId, command.ExpectedVersion, command.Context,
            nameof(AssignComplaint), c => ComplaintRules.Assign(c, command.Handler, clock.GetUtcNow()), cancellation);
}
