using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Identities;

/// <summary>
/// Trusted identity: how a person's identity may be verified, for how long it holds, and the rule
/// that an online or outlet case needs a standing verification instead of asking for the ID again.
/// </summary>
public static class IdentityRules
{
    public const string NotVerified = "identity.not_verified";
    public const string MethodNotForChannel = "identity.method_not_for_channel";
    public const string InvalidValidity = "identity.invalid_validity";
    public const string NothingToRevoke = "identity.nothing_to_revoke";
    public const string RevokeAtWindow = "identity.revoke_at_window";
    public const string ReasonRequired = "identity.reason_required";

    public static class Methods
    {
        public const string CounterIdReader = "counter_id_reader";               // 身份证阅读器 at a counter
        public const string OnlineIdentityPlatform = "online_identity_platform"; // 可信身份认证平台
        public const string FaceCheck = "face_check";                            // 人像比对
    }

    /// <summary>Where each method can be trusted: a card reader needs the card in front of a clerk or a kiosk.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ChannelsByMethod =
        new Dictionary<string, IReadOnlyList<string>>
        {
            [Methods.CounterIdReader] = [Channels.Window, Channels.Kiosk],
            [Methods.OnlineIdentityPlatform] = [Channels.Online],
            [Methods.FaceCheck] = [Channels.Window, Channels.Kiosk, Channels.Online],
        };

    /// <summary>How long a verification holds at most; the verifier may set less.</summary>
    public static readonly TimeSpan MaxValidity = TimeSpan.FromDays(365);

    /// <summary>Channels whose cases rely on a standing verification instead of seeing the ID card.</summary>
    public static readonly IReadOnlyList<string> ChannelsNeedingVerification = [Channels.Online, Channels.Outlet];

    public static IdentityVerified Verify(string idNumber, string method, Actor actor, DateTimeOffset? validUntil,
        DateTimeOffset now)
    {
        if (!ChannelsByMethod.TryGetValue(method, out var channels) || !channels.Contains(actor.Channel))
            throw new DomainRuleException(MethodNotForChannel,
                $"Identity cannot be verified by {method} through the {actor.Channel} channel.");
        var until = validUntil ?? now + MaxValidity;
        if (until <= now || until > now + MaxValidity)
            throw new DomainRuleException(InvalidValidity,
                $"A verification holds for at most {MaxValidity.TotalDays:0} days from now.");
        return new IdentityVerified(PersonIds.For(idNumber), idNumber, method, actor.UserId, actor.Channel, actor.Office,
            now, until);
    }

    public static IdentityVerificationRevoked Revoke(PersonIdentity? person, string idNumber, string? reason, Actor actor,
        DateTimeOffset now)
    {
        if (actor.Channel != Channels.Window)
            throw new DomainRuleException(RevokeAtWindow, "A verification is revoked by a clerk at an office counter.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException(ReasonRequired, "A revocation must say why.");
        if (person is null || person.Verifications.All(v => v.RevokedAt is not null || v.ValidUntil <= now))
            throw new DomainRuleException(NothingToRevoke, "No standing verification of this identity to revoke.");
        return new IdentityVerificationRevoked(person.Id, idNumber, reason.Trim(), actor.UserId, now);
    }

    /// <summary>
    /// The verification an online or outlet case relies on; null when the channel sees the ID itself.
    /// Refuses when none stands, saying why.
    /// </summary>
    public static Verification? RequireFor(PersonIdentity? person, Actor actor, DateTimeOffset now)
    {
        if (!ChannelsNeedingVerification.Contains(actor.Channel)) return null;
        if (person?.ValidAt(now) is { } valid) return valid;

        var last = person?.Verifications.LastOrDefault();
        var why = last switch
        {
            null => "has never been verified",
            { RevokedAt: not null } => $"was revoked on {last.RevokedAt:yyyy-MM-dd} ({last.RevocationReason})",
            _ => $"expired on {last.ValidUntil:yyyy-MM-dd}",
        };
        throw new DomainRuleException(NotVerified,
            $"The applicant's identity {why}; verify it at an office counter or on the online identity platform first.");
    }

    /// <summary>The record check an online or outlet case carries: which verification it relied on.</summary>
    public static CaseRecordChecked? CheckForCase(PersonIdentity? person, Actor actor, Guid caseId, DateTimeOffset now) =>
        RequireFor(person, actor, now) is { } v
            ? new CaseRecordChecked(caseId, InternalChecks.Identity, $"identity verification {v.Method}", true,
                $"Verified by {v.VerifiedBy} ({v.Channel}) on {v.VerifiedAt:yyyy-MM-dd}, valid until {v.ValidUntil:yyyy-MM-dd}.",
                now)
            : null;
}
