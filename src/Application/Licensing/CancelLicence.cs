using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Application.Licensing;

/// <summary>Cancels the licence (注销).</summary>
public sealed record CancelLicence(string HolderIdNumber, string Reason, long? ExpectedVersion, CommandContext Context);

public static class CancelLicenceHandler
{
    public static Task<LicenceWritten> Handle(CancelLicence command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation) =>
        LicenceStream.Decide(session, LicenceStream.ParseHolder(command.HolderIdNumber), command.ExpectedVersion,
            command.Context, nameof(CancelLicence), l => [LicenceRules.Cancel(l, command.Reason, clock.GetUtcNow())], cancellation);
}
