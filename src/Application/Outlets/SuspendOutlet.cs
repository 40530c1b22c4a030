using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Application.Outlets;

/// <summary>The office suspends an outlet (暂停代办), e.g. after a failed spot check.</summary>
public sealed record SuspendOutlet(string Code, string? Reason, long? ExpectedVersion, CommandContext Context);

public static class SuspendOutletHandler
{
    public static Task<OutletWritten> Handle(SuspendOutlet command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation) =>
        OutletStream.Decide(session, command.Code, command.ExpectedVersion, command.Context, nameof(SuspendOutlet),
            o => OutletRules.Suspend(o, command.Reason, clock.GetUtcNow()), cancellation);
}
