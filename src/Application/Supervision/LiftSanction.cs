using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Application.Supervision;

/// <summary>A sanction in force is ended early, with the reason.</summary>
public sealed record LiftSanction(string TargetKind, string TargetCode, Guid SanctionId, string Reason,
    CommandContext Context);

public static class LiftSanctionHandler
{
    public static async Task<SupervisionWritten> Handle(LiftSanction command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var (kind, code) = SanctionTargets.Validate(command.TargetKind, command.TargetCode);
        var id = SanctionRecord.IdFor(kind, code);
        var stream = await session.Events.FetchForWriting<SanctionRecord>(id, cancellation);
        if (stream.Aggregate is null) throw new NotFoundException($"No supervision record for {kind} {code}.");

        var lifted = SanctionRules.Lift(stream.Aggregate, command.SanctionId, command.Reason, clock.GetUtcNow());
        command.Context.Stamp(session, nameof(LiftSanction));
        stream.AppendOne(lifted);
        return new SupervisionWritten(id, (stream.CurrentVersion ?? 0) + 1);
    }
}
