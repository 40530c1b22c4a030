using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Application.Licensing;

/// <summary>Steps A/B classes down to C1 for a holder of 60 or more.</summary>
public sealed record DowngradeLicenceByAge(string HolderIdNumber, long? ExpectedVersion, CommandContext Context);

public static class DowngradeLicenceByAgeHandler
{
    public static Task<LicenceWritten> Handle(DowngradeLicenceByAge command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation) =>
        LicenceStream.Decide(session, LicenceStream.ParseHolder(command.HolderIdNumber), command.ExpectedVersion,
            command.Context, nameof(DowngradeLicenceByAge), l => [LicenceRules.DowngradeByAge(l, clock.GetUtcNow())], cancellation);
}
