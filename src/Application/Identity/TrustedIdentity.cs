using Marten;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Identities;

namespace TrafficCqrs.Application.Identities;

/// <summary>
/// The gate a case passes when it opens online or at an outlet: the applicant's standing identity
/// verification is reused (一次采集、多点可用) and recorded on the case as a record check, or the case
/// is refused (identity.not_verified). At a counter or a kiosk the ID card itself is read: nothing to add.
/// </summary>
public static class TrustedIdentity
{
    public static async Task<IReadOnlyList<object>> ChecksOnOpening(IDocumentSession session, Actor actor, Guid caseId,
        string idNumber, DateTimeOffset now, CancellationToken cancellation)
    {
        if (!IdentityRules.ChannelsNeedingVerification.Contains(actor.Channel)) return [];
        var person = await session.Events.FetchLatest<PersonIdentity>(PersonIds.For(idNumber), cancellation);
        return IdentityRules.CheckForCase(person, actor, caseId, now) is { } check ? [check] : [];
    }
}
