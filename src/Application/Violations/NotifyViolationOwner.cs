using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Application.Violations;

/// <summary>The office tells the vehicle's owner of the violation (by SMS, mail or the app).</summary>
public sealed record NotifyViolationOwner(Guid ViolationId, string? OwnerIdNumber, string? Method, long? ExpectedVersion,
    CommandContext Context);

public static class NotifyViolationOwnerHandler
{
    public static Task<ViolationWritten> Handle(NotifyViolationOwner command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var owner = ViolationStream.IdNumber("ownerIdNumber", command.OwnerIdNumber);
        if (command.Method is null || !NotificationMethods.All.Contains(command.Method))
            throw new InvalidFieldException("method", $"Method is one of: {string.Join(", ", NotificationMethods.All)}.");
        return ViolationStream.Decide(session, command.ViolationId, command.ExpectedVersion, command.Context,
            nameof(NotifyViolationOwner), v => ViolationRules.NotifyOwner(v, owner, command.Method, clock.GetUtcNow()),
            cancellation);
    }
}
