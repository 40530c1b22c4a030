using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Application.Violations;

/// <summary>An officer decides the objection: upheld dismisses the violation, otherwise it goes on.</summary>
public sealed record DecideViolationObjection(Guid ViolationId, bool Upheld, string? Reason, long? ExpectedVersion,
    CommandContext Context);

public static class DecideViolationObjectionHandler
{
    public static Task<ViolationWritten> Handle(DecideViolationObjection command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation) =>
        ViolationStream.Decide(session, command.ViolationId, command.ExpectedVersion, command.Context,
            nameof(DecideViolationObjection),
            v => ViolationRules.DecideObjection(v, command.Upheld, command.Reason ?? "", clock.GetUtcNow()), cancellation);
}
