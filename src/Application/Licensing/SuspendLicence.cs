using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Application.Licensing;

/// <summary>Suspends the licence (暂扣) until a day, as a penalty.</summary>
public sealed record SuspendLicence(string HolderIdNumber, DateOnly Until, string Reason, long? ExpectedVersion, CommandContext Context);

public static class SuspendLicenceHandler
{
    public static Task<LicenceWritten> Handle(SuspendLicence command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation) =>
        LicenceStream.Decide(session, LicenceStream.ParseHolder(command.HolderIdNumber), command.ExpectedVersion,
            command.Context, nameof(SuspendLicence), l => [LicenceRules.Suspend(l, command.Until, command.Reason, clock.GetUtcNow())], cancellation);
}
