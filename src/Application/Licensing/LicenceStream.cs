using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Application.Licensing;

/// <summary>The answer to a licence command: the holder, the licence stream and its version now.</summary>
public sealed record LicenceWritten(string HolderIdNumber, Guid LicenceId, long Version);

/// <summary>
/// The shared path of commands on a licence: find the stream from the ID number, check the expected
/// version, let the domain decide, append. Callers that already stamped the session (a case
/// completing, a violation being handled) pass no command name.
/// </summary>
public static class LicenceStream
{
    public static string ParseHolder(string? idNumber, string field = "idNumber")
    {
        if (!ResidentIdNumber.TryParse(idNumber, out var parsed, out var error))
            throw new InvalidFieldException(field, error);
        return parsed.Value;
    }

    /// <summary>Refuses with the rule code when the office has no licence for the holder.</summary>
    public static DomainRuleException NoRecord(string holderIdNumber) =>
        new(LicenceRules.NoRecord, $"No driving licence is recorded for {ResidentIdNumber.Mask(holderIdNumber)}.");

    public static async Task<LicenceWritten> Decide(IDocumentSession session, string holderIdNumber, long? expectedVersion,
        CommandContext? context, string? commandName, Func<DrivingLicence, IEnumerable<object>> decide,
        CancellationToken cancellation)
    {
        var id = LicenceStreamId.For(holderIdNumber);
        var stream = await session.Events.FetchForWriting<DrivingLicence>(id, cancellation);
        if (stream.Aggregate is null)
            throw NoRecord(holderIdNumber);
        ExpectedVersions.Check(expectedVersion, stream.CurrentVersion, stream.Aggregate.Version);
        if (context is not null && commandName is not null)
            context.Stamp(session, commandName);

        var events = decide(stream.Aggregate).ToList();
        stream.AppendMany(events);
        return new LicenceWritten(holderIdNumber, id, (stream.StartingVersion ?? 0) + events.Count);
    }
}
