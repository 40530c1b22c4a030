using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Application.Violations;

/// <summary>The owner or driver objects to the violation (陈述申辩), giving grounds.</summary>
public sealed record ObjectToViolation(Guid ViolationId, string? ObjectorIdNumber, string? Grounds, long? ExpectedVersion,
    CommandContext Context);

public static class ObjectToViolationHandler
{
    public static Task<ViolationWritten> Handle(ObjectToViolation command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var objector = ViolationStream.IdNumber("objectorIdNumber", command.ObjectorIdNumber);
        return ViolationStream.Decide(session, command.ViolationId, command.ExpectedVersion, command.Context,
            nameof(ObjectToViolation), v => ViolationRules.Object(v, objector, command.Grounds ?? "", clock.GetUtcNow()),
            cancellation);
    }
}
