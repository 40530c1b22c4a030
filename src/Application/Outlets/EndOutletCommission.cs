using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Application.Outlets;

/// <summary>The office ends an outlet's commission for good (取消代办资格).</summary>
public sealed record EndOutletCommission(string Code, string? Reason, long? ExpectedVersion, CommandContext Context);

public static class EndOutletCommissionHandler
{
    public static Task<OutletWritten> Handle(EndOutletCommission command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation) =>
        OutletStream.Decide(session, command.Code, command.ExpectedVersion, command.Context,
            nameof(EndOutletCommission), o => OutletRules.End(o, command.Reason, clock.GetUtcNow()), cancellation);
}
