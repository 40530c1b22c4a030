using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Application.Outlets;

/// <summary>The office lifts an outlet's suspension.</summary>
public sealed record ResumeOutlet(string Code, long? ExpectedVersion, CommandContext Context);

public static class ResumeOutletHandler
{
    public static Task<OutletWritten> Handle(ResumeOutlet command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation) =>
        OutletStream.Decide(session, command.Code, command.ExpectedVersion, command.Context, nameof(ResumeOutlet),
            o => OutletRules.Resume(o, clock.GetUtcNow()), cancellation);
}
