using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Identities;

namespace TrafficCqrs.Application.Identities;

/// <summary>The answer to an identity command: the person's identity stream and its version.</summary>
public sealed record IdentityWritten(Guid PersonId, long Version);

/// <summary>A clerk at the counter, or a channel account online, verifies a person's identity.</summary>
/// <param name="ValidUntil">Optional; at most a year from now, which is also the default.</param>
public sealed record VerifyIdentity(string IdNumber, string Method, DateTimeOffset? ValidUntil, CommandContext Context);

public static class VerifyIdentityHandler
{
    public static async Task<IdentityWritten> Handle(VerifyIdentity command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var idNumber = IdentityInput.IdNumber(command.IdNumber);
        if (!IdentityRules.ChannelsByMethod.ContainsKey(command.Method ?? ""))
            throw new InvalidFieldException("method",
                $"Method must be one of: {string.Join(", ", IdentityRules.ChannelsByMethod.Keys)}.");

        var verified = IdentityRules.Verify(idNumber, command.Method!, command.Context.Actor, command.ValidUntil,
            clock.GetUtcNow());
        var stream = await session.Events.FetchForWriting<PersonIdentity>(verified.PersonId, cancellation);
        command.Context.Stamp(session, nameof(VerifyIdentity));
        stream.AppendOne(verified);
        return new IdentityWritten(verified.PersonId, (stream.CurrentVersion ?? 0) + 1);
    }
}

internal static class IdentityInput
{
    public static string IdNumber(string? value) =>
        ResidentIdNumber.TryParse(value, out var number, out var error)
            ? number.Value
            : throw new InvalidFieldException("idNumber", error);
}
