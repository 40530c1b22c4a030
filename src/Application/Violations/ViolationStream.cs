using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Application.Violations;

/// <summary>The answer to a violation command: the violation and the version it is now at.</summary>
public sealed record ViolationWritten(Guid Id, long Version);

/// <summary>
/// The shared path of every command on an existing violation: load it, check the expected version,
/// stamp who/where/why, let the domain decide, append what it decided.
/// </summary>
internal static class ViolationStream
{
    public static async Task<ViolationWritten> Decide(IDocumentSession session, Guid violationId, long? expectedVersion,
        CommandContext context, string commandName, Func<Violation, Task<object>> decide, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Violation>(violationId, cancellation);
        if (stream.Aggregate is null)
            throw new NotFoundException($"No violation {violationId}.");
        ExpectedVersions.Check(expectedVersion, stream.CurrentVersion, stream.Aggregate.Version);

        // Stamped before deciding: a decision may append to other streams (the driving licence).
        context.Stamp(session, commandName);
        var decided = await decide(stream.Aggregate);
        var newVersion = (stream.CurrentVersion ?? 0) + 1;
        stream.AppendOne(decided);
        return new ViolationWritten(violationId, newVersion);
    }

    public static Task<ViolationWritten> Decide(IDocumentSession session, Guid violationId, long? expectedVersion,
        CommandContext context, string commandName, Func<Violation, object> decide, CancellationToken cancellation) =>
        Decide(session, violationId, expectedVersion, context, commandName, v => Task.FromResult(decide(v)), cancellation);

    public static string IdNumber(string field, string? value)
    {
        if (!Domain.Identifiers.ResidentIdNumber.TryParse(value, out var id, out var error))
            throw new InvalidFieldException(field, error);
        return id.Value;
    }

    public static string Required(string field, string? value, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidFieldException(field, $"{field} is required.");
        if (value.Trim().Length > maxLength)
            throw new InvalidFieldException(field, $"{field} has at most {maxLength} characters.");
        return value.Trim();
    }
}
