using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Application.Licensing;

/// <summary>Detains the licence (扣留), e.g. seized at a checkpoint.</summary>
public sealed record DetainLicence(string HolderIdNumber, string Reason, long? ExpectedVersion, CommandContext Context);

public static class DetainLicenceHandler
{
    public static Task<LicenceWritten> Handle(DetainLicence command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation) =>
        LicenceStream.Decide(session, LicenceStream.ParseHolder(command.HolderIdNumber), command.ExpectedVersion,
            command.Context, nameof(DetainLicence), l => [LicenceRules.Detain(l, command.Reason, clock.GetUtcNow())], cancellation);
}
