using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Exams;

namespace TrafficCqrs.Application.Exams;

/// <summary>The answer to an exam command: the application, its version, and what was decided.</summary>
public sealed record ExamWritten(Guid ApplicationId, long Version, Guid? BookingId = null, bool LicenceIssued = false);

/// <summary>Load an application for writing, check the expected version, stamp the session.</summary>
internal static class ExamApplicationStream
{
    public static async Task<JasperFx.Events.IEventStream<ExamApplication>> Fetch(IDocumentSession session, Guid applicationId,
        long? expectedVersion, CommandContext context, string commandName, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<ExamApplication>(applicationId, cancellation);
        if (stream.Aggregate is null)
            throw new NotFoundException($"No exam application {applicationId}.");
        ExpectedVersions.Check(expectedVersion, stream.CurrentVersion, stream.Aggregate.Version);
        context.Stamp(session, commandName);
        return stream;
    }
}
