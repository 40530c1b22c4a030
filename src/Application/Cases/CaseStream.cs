using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Application.Cases;

/// <summary>
/// The shared path of every command on an existing case: load it, check the caller's expected
/// version and right to act, let the domain decide, append what it decided.
/// </summary>
internal static class CaseStream
{
    public static async Task<CaseWritten> Decide(
        IDocumentSession session,
        Guid caseId,
        long? expectedVersion,
        CommandContext context,
        string commandName,
        Func<ServiceCase, object> decide,
        CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<ServiceCase>(caseId, cancellation);
        if (stream.Aggregate is null)
            throw new NotFoundException($"No case {caseId}.");
        if (expectedVersion is { } expected && expected != stream.CurrentVersion)
            throw new StaleVersionException(expected, stream.CurrentVersion ?? 0);

        CaseAccess.EnsureMayAct(context.Actor, stream.Aggregate);
        var decided = decide(stream.Aggregate);

        var newVersion = (stream.CurrentVersion ?? 0) + 1;
        context.Stamp(session, commandName);
        stream.AppendOne(decided);
        return new CaseWritten(caseId, newVersion);
    }
}
