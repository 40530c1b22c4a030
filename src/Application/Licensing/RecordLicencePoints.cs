using Marten;
using TrafficCqrs.Application.Common;

namespace TrafficCqrs.Application.Licensing;

/// <summary>
/// Points put on a licence by hand (a violation decided elsewhere, a correction). The violations
/// work calls <see cref="LicencePoints.Record"/> inside its own transaction instead.
/// </summary>
public sealed record RecordLicencePoints(string HolderIdNumber, Guid ViolationId, int Points, DateOnly CommittedOn,
    CommandContext Context);

public static class RecordLicencePointsHandler
{
    public static Task<PointsOutcome> Handle(RecordLicencePoints command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var holder = LicenceStream.ParseHolder(command.HolderIdNumber);
        if (command.ViolationId == Guid.Empty)
            throw new InvalidFieldException("violationId", "The violation's id is required.");
        command.Context.Stamp(session, nameof(RecordLicencePoints));
        return LicencePoints.Record(session, holder, command.ViolationId, command.Points, command.CommittedOn,
            clock.GetUtcNow(), cancellation);
    }
}
