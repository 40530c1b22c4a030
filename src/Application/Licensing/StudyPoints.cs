using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Application.Licensing;

/// <summary>Points study (学法减分) completed: removes points, at most 6 a cycle.</summary>
public sealed record StudyPoints(string HolderIdNumber, int Points, long? ExpectedVersion, CommandContext Context);

public static class StudyPointsHandler
{
    public static Task<LicenceWritten> Handle(StudyPoints command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation) =>
        LicenceStream.Decide(session, LicenceStream.ParseHolder(command.HolderIdNumber), command.ExpectedVersion,
            command.Context, nameof(StudyPoints), l => [PointsRules.ReduceByStudy(l, command.Points, clock.GetUtcNow())],
            cancellation);
}
