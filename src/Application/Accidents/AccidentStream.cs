using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Accidents;

namespace TrafficCqrs.Application.Accidents;

/// <summary>The answer to an accident command: the accident and the version it is now at.</summary>
public sealed record AccidentWritten(Guid Id, long Version);

/// <summary>The shared path of every command on an existing accident.</summary>
internal static class AccidentStream
{
    /// <param name="insurer">When an insurer acts: it must insure one of the vehicles, or is refused (403).</param>
    public static async Task<AccidentWritten> Decide(IDocumentSession session, Guid accidentId, long? expectedVersion,
        CommandContext context, string commandName, Func<Accident, IReadOnlyList<object>> decide,
        CancellationToken cancellation, string? insurer = null)
    {
        var stream = await session.Events.FetchForWriting<Accident>(accidentId, cancellation);
        if (stream.Aggregate is null)
            throw new NotFoundException($"No accident {accidentId}.");
        ExpectedVersions.Check(expectedVersion, stream.CurrentVersion, stream.Aggregate.Version);
        if (insurer is not null && !stream.Aggregate.IsInsuredBy(insurer))
            throw new AccessDeniedException($"{insurer} insures none of the vehicles in accident {accidentId}.");

        context.Stamp(session, commandName);
        var decided = decide(stream.Aggregate);
        var newVersion = (stream.CurrentVersion ?? 0) + decided.Count;
        stream.AppendMany(decided);
        return new AccidentWritten(accidentId, newVersion);
    }

    public static IReadOnlyList<ResponsibilityShare> Shares(IReadOnlyList<ResponsibilityShare>? shares)
    {
        if (shares is null || shares.Count == 0)
            throw new InvalidFieldException("shares", "Give each party's responsibility.");
        for (var i = 0; i < shares.Count; i++)
            if (string.IsNullOrWhiteSpace(shares[i].IdNumber) || string.IsNullOrWhiteSpace(shares[i].Responsibility))
                throw new InvalidFieldException($"shares[{i}]", "Each share names a party's ID number and a responsibility.");
        return shares.Select(s => new ResponsibilityShare(s.IdNumber.Trim(), s.Responsibility.Trim().ToLowerInvariant())).ToList();
    }

    /// <summary>Insurer codes are compared upper-cased everywhere (PICC, PINGAN …).</summary>
    public static string InsurerCode(string value) => value.Trim().ToUpperInvariant();
}
