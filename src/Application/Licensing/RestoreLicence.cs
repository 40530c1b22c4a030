using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Application.Licensing;

/// <summary>Puts the licence back in force; after 12 points or a cancellation, only once subject 1 is passed again.</summary>
public sealed record RestoreLicence(string HolderIdNumber, string Reason, bool SubjectOnePassed, long? ExpectedVersion, CommandContext Context);

public static class RestoreLicenceHandler
{
    public static Task<LicenceWritten> Handle(RestoreLicence command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation) =>
        LicenceStream.Decide(session, LicenceStream.ParseHolder(command.HolderIdNumber), command.ExpectedVersion,
            command.Context, nameof(RestoreLicence), l => [LicenceRules.Restore(l, command.Reason, command.SubjectOnePassed, clock.GetUtcNow())], cancellation);
}
