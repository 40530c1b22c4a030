using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Application.Cases;

/// <summary>The clerk accepts the application (受理).</summary>
public sealed record AcceptCase(Guid CaseId, long? ExpectedVersion, CommandContext Context);

public static class AcceptCaseHandler
{
    public static Task<CaseWritten> Handle(AcceptCase command, IDocumentSession session, Outlets.OutletCommissions outlets,
        TimeProvider clock, CancellationToken cancellation) =>
        CaseStream.Decide(session, outlets, command.CaseId, command.ExpectedVersion, command.Context, nameof(AcceptCase),
            c => CaseRules.Accept(c, clock.GetUtcNow()), cancellation);
}
