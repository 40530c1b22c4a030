using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Application.Violations;

/// <summary>An officer reviews the record (审核): upholds it, or dismisses it with a reason.</summary>
public sealed record ReviewViolation(Guid ViolationId, bool Upheld, string? Reason, long? ExpectedVersion, CommandContext Context);

public static class ReviewViolationHandler
{
    public static Task<ViolationWritten> Handle(ReviewViolation command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation) =>
        ViolationStream.Decide(session, command.ViolationId, command.ExpectedVersion, command.Context,
            nameof(ReviewViolation), v => ViolationRules.Review(v, command.Upheld, command.Reason, clock.GetUtcNow()),
            cancellation);
}
