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
    public static Task<CaseWritten> Decide(
        IDocumentSession session,
        Outlets.OutletCommissions outlets,
        Guid caseId,
        long? expectedVersion,
        CommandContext context,
        string commandName,
        Func<ServiceCase, object> decide,
        CancellationToken cancellation,
        Func<ServiceCase, bool>? alreadyDone = null) =>
        Decide(session, outlets, caseId, expectedVersion, context, commandName, c => Task.FromResult(decide(c)),
            cancellation, alreadyDone);

    public static async Task<CaseWritten> Decide(
        IDocumentSession session,
        Outlets.OutletCommissions outlets,
        Guid caseId,
        long? expectedVersion,
        CommandContext context,
        string commandName,
        Func<ServiceCase, Task<object>> decide,
        CancellationToken cancellation,
        Func<ServiceCase, bool>? alreadyDone = null)
    {
        var stream = await session.Events.FetchForWriting<ServiceCase>(caseId, cancellation);
        if (stream.Aggregate is null)
            throw new NotFoundException($"No case {caseId}.");
        // A command already carried out (an idempotent repeat) is answered with the case as it is,
        // before the expected version, which the first one has moved on; nothing is appended.
        if (alreadyDone is not null && alreadyDone(stream.Aggregate))
        {
            CaseAccess.EnsureMayAct(context.Actor, stream.Aggregate);
            return new CaseWritten(caseId, stream.CurrentVersion ?? 0);
        }
        ExpectedVersions.Check(expectedVersion, stream.CurrentVersion, stream.Aggregate.Version);

        await outlets.EnsureMayAct(session, context, commandName, stream.Aggregate, cancellation);
        CaseAccess.EnsureMayAct(context.Actor, stream.Aggregate);
        // Stamped before deciding: a decision may append to other streams, which need the same trace.
        context.Stamp(session, commandName);
        var decided = await decide(stream.Aggregate);

        // A decision may give several events (a rejection and the refund it owes).
        var events = decided as IReadOnlyList<object> ?? [decided];
        var newVersion = (stream.CurrentVersion ?? 0) + events.Count;
        stream.AppendMany(events);
        return new CaseWritten(caseId, newVersion);
    }
}
