using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Application.Supervision;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Outlets;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Application.Outlets;

/// <summary>
/// The gate every case command passes when it comes from an outlet (the caller's token names one):
/// the outlet must hold a commission that covers this staff member, this business type, today and
/// this case, and must not be blacklisted or suspended in the supervisors' sanction register
/// (联合惩戒). A refusal is answered 403 with the reason, and recorded on the outlet's stream for
/// supervision in a session of its own, so that it survives the refused command's rollback.
/// Callers at an office counter, a kiosk or online pass straight through.
/// </summary>
public sealed class OutletCommissions(ISanctionRegister sanctions, TimeProvider clock)
{
    /// <summary>Before a case is opened.</summary>
    public async Task EnsureMayOpen(IDocumentSession session, CommandContext context, string commandName,
        Guid caseId, BusinessType type, CancellationToken cancellation)
    {
        if (context.Actor.Outlet is not { } code) return;
        var now = clock.GetUtcNow();
        var outlet = await Load(session, code, cancellation);
        var refusal = OutletRules.MayOpen(outlet, code, context.Actor, type, now)
                      ?? await Sanctioned(code, now, session.TenantId, cancellation);
        if (refusal is not null)
            await Refuse(session, context, commandName, code, type.Code, caseId, refusal, now, cancellation);
    }

    /// <summary>Before any command on an existing case.</summary>
    public async Task EnsureMayAct(IDocumentSession session, CommandContext context, string commandName,
        ServiceCase serviceCase, CancellationToken cancellation)
    {
        if (context.Actor.Outlet is not { } code) return;
        var now = clock.GetUtcNow();
        var outlet = await Load(session, code, cancellation);
        var type = BusinessCatalogue.Standard.Find(serviceCase.BusinessType);
        var refusal = OutletRules.MayAct(outlet, code, context.Actor, serviceCase, type, now)
                      ?? await Sanctioned(code, now, session.TenantId, cancellation);
        if (refusal is not null)
            await Refuse(session, context, commandName, code, serviceCase.BusinessType, serviceCase.Id, refusal, now,
                cancellation);
    }

    private static async Task<Outlet?> Load(IDocumentSession session, string code, CancellationToken cancellation) =>
        await session.Events.FetchLatest<Outlet>(OutletIds.For(code), cancellation);

    private async Task<OutletRefusal?> Sanctioned(string code, DateTimeOffset now, string tenantId,
        CancellationToken cancellation) =>
        SanctionRules.Refusal(await sanctions.StandingAsync(SanctionTargetKinds.Outlet, code, now, cancellation, tenantId))
            is { } refusal
            ? new OutletRefusal(refusal.Code, refusal.Reason)
            : null;

    private static async Task Refuse(IDocumentSession session, CommandContext context, string commandName,
        string code, string businessType, Guid? caseId, OutletRefusal refusal, DateTimeOffset now,
        CancellationToken cancellation)
    {
        // Same tenant (province database) as the refused command.
        await using (var record = session.DocumentStore.LightweightSession(session.TenantId))
        {
            context.Stamp(record, commandName);
            record.Events.Append(OutletIds.For(code), new OutletActionRefused(OutletIds.For(code), code,
                context.Actor.UserId, commandName, businessType, caseId, refusal.Code, refusal.Reason, now));
            await record.SaveChangesAsync(cancellation);
        }
        throw new AccessDeniedException(refusal.Reason);
    }
}
