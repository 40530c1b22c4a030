using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Identities;

// A person's trusted identity (可信身份), verified once and reused by every channel
// (一次采集、多点可用). The stream id is derived from the ID number (PersonIds.For).

/// <summary>The person's identity was verified, by a method, by someone, until an instant.</summary>
/// <param name="VerifiedBy">The clerk or channel account that verified it.</param>
/// <param name="Channel">Where it was verified: window, kiosk or online.</param>
[EventName("identity.verified")]
public sealed record IdentityVerified(
    Guid PersonId,
    string IdNumber,
    string Method,
    string VerifiedBy,
    string Channel,
    string Office,
    DateTimeOffset VerifiedAt,
    DateTimeOffset ValidUntil);

/// <summary>The verification can no longer be trusted (a lost ID card, a fraud report); a new one is needed.</summary>
[EventName("identity.verification_revoked")]
public sealed record IdentityVerificationRevoked(
    Guid PersonId,
    string IdNumber,
    string Reason,
    string RevokedBy,
    DateTimeOffset RevokedAt);
