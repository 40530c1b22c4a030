using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Violations;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Application.Violations;

/// <summary>A camera or an officer records a violation by a vehicle: a violation stream starts.</summary>
public sealed record RecordViolation(
    Guid ViolationId,
    string? Plate,
    string? Place,
    DateTimeOffset? OccurredAt,
    string? Code,
    int Points,
    decimal Fine,
    string? Source,
    string? RecordedBy,
    CommandContext Context);

public static class RecordViolationHandler
{
    public static ViolationWritten Handle(RecordViolation command, IDocumentSession session, TimeProvider clock)
    {
        if (!PlateNumber.TryNormalise(command.Plate, out var plate, out var plateError))
            throw new InvalidFieldException("plate", plateError);
        var place = ViolationStream.Required("place", command.Place);
        var occurredAt = command.OccurredAt ?? throw new InvalidFieldException("occurredAt", "When it happened is required.");
        var code = ViolationStream.Required("code", command.Code, 16);
        if (command.Fine < 0m)
            throw new InvalidFieldException("fine", "The fine cannot be negative.");
        if (command.Source is null || !ViolationSources.All.Contains(command.Source))
            throw new InvalidFieldException("source", $"Source is one of: {string.Join(", ", ViolationSources.All)}.");
        // The camera's id, or by default the officer recording it.
        var recordedBy = string.IsNullOrWhiteSpace(command.RecordedBy) ? command.Context.Actor.UserId : command.RecordedBy.Trim();

        var recorded = ViolationRules.Record(command.ViolationId, plate, place, occurredAt, code, command.Points,
            command.Fine, command.Source, recordedBy, clock.GetUtcNow());

        command.Context.Stamp(session, nameof(RecordViolation));
        session.Events.StartStream<Violation>(command.ViolationId, recorded);
        return new ViolationWritten(command.ViolationId, 1);
    }
}
