using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Application.Supervision;

/// <summary>A spot check or call-back on an outlet's, station's or venue's work, with its findings.</summary>
public sealed record RecordInspection(
    string TargetKind,
    string TargetCode,
    string Kind,
    Guid? CaseId,
    string Findings,
    bool Compliant,
    CommandContext Context);

public static class RecordInspectionHandler
{
    public static async Task<SupervisionWritten> Handle(RecordInspection command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var (kind, code) = SanctionTargets.Validate(command.TargetKind, command.TargetCode);
        if (!InspectionKinds.All.Contains(command.Kind))
            throw new InvalidFieldException("kind", $"Kind must be one of: {string.Join(", ", InspectionKinds.All)}.");
        if (command.CaseId is { } caseId && await session.Events.FetchStreamStateAsync(caseId, cancellation) is null)
            throw new InvalidFieldException("caseId", $"No case {caseId}.");

        var recorded = SanctionRules.RecordInspection(kind, code, Guid.CreateVersion7(), command.Kind, command.CaseId,
            command.Findings, command.Compliant, clock.GetUtcNow());
        var id = SanctionRecord.IdFor(kind, code);
        var stream = await session.Events.FetchForWriting<SanctionRecord>(id, cancellation);
        command.Context.Stamp(session, nameof(RecordInspection));
        stream.AppendOne(recorded);
        return new SupervisionWritten(id, (stream.CurrentVersion ?? 0) + 1);
    }
}
