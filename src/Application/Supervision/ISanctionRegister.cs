using Marten;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Application.Supervision;

/// <summary>
/// Asks whether an outlet, inspection station or exam venue is under a sanction (失信联合惩戒).
/// For other areas: inject it into a handler and call <see cref="EnsureMayDoBusinessAsync"/> before
/// accepting new business from a target (a case opened at an outlet, a station's inspection
/// certificate, an exam result from a venue); it throws the DomainRuleException
/// <c>supervision.target_blacklisted</c> or <c>supervision.target_suspended</c> (answered 422).
/// Target kinds are in <see cref="SanctionTargetKinds"/>; codes are compared case-insensitively.
/// </summary>
public interface ISanctionRegister
{
    /// <summary>
    /// The sanctions in force on the target at an instant (none for a target never sanctioned).
    /// <paramref name="tenantId"/>: the caller's session's tenant (its province's database), if any.
    /// </summary>
    Task<SanctionStanding> StandingAsync(string targetKind, string targetCode, DateTimeOffset at,
        CancellationToken cancellation, string? tenantId = null);

    /// <summary>Throws when the target is blacklisted or suspended now.</summary>
    Task EnsureMayDoBusinessAsync(string targetKind, string targetCode, CancellationToken cancellation,
        string? tenantId = null);
}

/// <summary>Reads the sanction records kept inline with each sanction command, so it is never behind.</summary>
public sealed class SanctionRegister(IDocumentStore store, TimeProvider clock) : ISanctionRegister
{
    public async Task<SanctionStanding> StandingAsync(string targetKind, string targetCode, DateTimeOffset at,
        CancellationToken cancellation, string? tenantId = null)
    {
        await using var session = tenantId is null ? store.QuerySession() : store.QuerySession(tenantId);
        var record = await session.LoadAsync<SanctionRecord>(SanctionRecord.IdFor(targetKind, targetCode), cancellation);
        return record?.StandingAt(at) ?? new SanctionStanding(targetKind, targetCode, at, []);
    }

    public async Task EnsureMayDoBusinessAsync(string targetKind, string targetCode, CancellationToken cancellation,
        string? tenantId = null) =>
        SanctionRules.EnsureMayDoBusiness(await StandingAsync(targetKind, targetCode, clock.GetUtcNow(), cancellation, tenantId));
}
