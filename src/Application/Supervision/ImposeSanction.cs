using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Application.Supervision;

/// <summary>An outlet, inspection station or exam venue is suspended or blacklisted, with reason and period.</summary>
public sealed record ImposeSanction(
    string TargetKind,
    string TargetCode,
    string Measure,
    string Reason,
    DateTimeOffset? From,
    DateTimeOffset? Until,
    CommandContext Context);

public static class ImposeSanctionHandler
{
    public static async Task<SanctionWritten> Handle(ImposeSanction command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var (kind, code) = SanctionTargets.Validate(command.TargetKind, command.TargetCode);
        if (!SanctionMeasures.All.Contains(command.Measure))
            throw new InvalidFieldException("measure", $"Measure must be one of: {string.Join(", ", SanctionMeasures.All)}.");

        var imposed = SanctionRules.Impose(kind, code, Guid.CreateVersion7(), command.Measure, command.Reason,
            command.From, command.Until, clock.GetUtcNow());
        var id = SanctionRecord.IdFor(kind, code);
        var stream = await session.Events.FetchForWriting<SanctionRecord>(id, cancellation);
        command.Context.Stamp(session, nameof(ImposeSanction));
        stream.AppendOne(imposed);
        return new SanctionWritten(id, imposed.SanctionId, (stream.CurrentVersion ?? 0) + 1);
    }
}
