using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Application.Supervision;

/// <summary>The shared path of commands on a filed complaint: load, check the version, decide, append.</summary>
internal static class ComplaintStream
{
    public static async Task<SupervisionWritten> Decide(IDocumentSession session, Guid id, long? expectedVersion,
        CommandContext context, string commandName, Func<Complaint, object> decide, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Complaint>(id, cancellation);
        if (stream.Aggregate is null) throw new NotFoundException($"No complaint {id}.");
        ExpectedVersions.Check(expectedVersion, stream.CurrentVersion, stream.Aggregate.Version);

        var decided = decide(stream.Aggregate);
        context.Stamp(session, commandName);
        stream.AppendOne(decided);
        return new SupervisionWritten(id, (stream.CurrentVersion ?? 0) + 1);
    }
}
