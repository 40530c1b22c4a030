namespace TrafficCqrs.Domain.Identities;

/// <summary>One verification of a person's identity and what became of it.</summary>
public sealed record Verification(
    string Method,
    string VerifiedBy,
    string Channel,
    string Office,
    DateTimeOffset VerifiedAt,
    DateTimeOffset ValidUntil,
    DateTimeOffset? RevokedAt = null,
    string? RevocationReason = null)
{
    public bool IsValidAt(DateTimeOffset instant) => RevokedAt is null && instant < ValidUntil && instant >= VerifiedAt;

    public string StatusAt(DateTimeOffset instant) =>
        RevokedAt is not null ? "revoked" : instant >= ValidUntil ? "expired" : "valid";
}

/// <summary>A person's identity verifications, newest last, rebuilt from the person's identity stream.</summary>
public sealed record PersonIdentity
{
    public Guid Id { get; init; }
    public string IdNumber { get; init; } = "";
    public IReadOnlyList<Verification> Verifications { get; init; } = [];

    public static PersonIdentity Create(IdentityVerified e) =>
        new PersonIdentity { Id = e.PersonId, IdNumber = e.IdNumber }.Apply(e);

    public PersonIdentity Apply(IdentityVerified e) => this with
    {
        Verifications = [.. Verifications, new Verification(e.Method, e.VerifiedBy, e.Channel, e.Office, e.VerifiedAt, e.ValidUntil)],
    };

    /// <summary>A revocation ends every verification still standing.</summary>
    public PersonIdentity Apply(IdentityVerificationRevoked e) => this with
    {
        Verifications = Verifications
            .Select(v => v.RevokedAt is null ? v with { RevokedAt = e.RevokedAt, RevocationReason = e.Reason } : v)
            .ToList(),
    };

    /// <summary>The newest verification valid at the instant, if any.</summary>
    public Verification? ValidAt(DateTimeOffset instant) => Verifications.LastOrDefault(v => v.IsValidAt(instant));
}

/// <summary>Stream ids of people's identities, one per resident ID number.</summary>
public static class PersonIds
{
    public static Guid For(string idNumber) => DeterministicGuid.For("person", idNumber.Trim().ToUpperInvariant());
}
