using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Identities;

namespace TrafficCqrs.Application.Identities;

/// <summary>A clerk revokes a person's standing verification (a lost ID card, a fraud report).</summary>
public sealed record RevokeIdentityVerification(string IdNumber, string? Reason, CommandContext Context);

public static class RevokeIdentityVerificationHandler
{
    public static async Task<IdentityWritten> Handle(RevokeIdentityVerification command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var idNumber = IdentityInput.IdNumber(command.IdNumber);
        var stream = await session.Events.FetchForWriting<PersonIdentity>(PersonIds.For(idNumber), cancellation);
        var revoked = IdentityRules.Revoke(stream.Aggregate, idNumber, command.Reason, command.Context.Actor,
            clock.GetUtcNow());
        command.Context.Stamp(session, nameof(RevokeIdentityVerification));
        stream.AppendOne(revoked);
        return new IdentityWritten(revoked.PersonId, (stream.CurrentVersion ?? 0) + 1);
    }
}
