using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Application.Outlets;

/// <summary>
/// The gate every case command passes when it comes from an outlet (the caller's token names one):
/// the outlet must hold a commission that covers this staff member, this business type, today and
/// this case. A refusal is answered 403 with the reason, and recorded on the outlet's stream for
/// supervision in a session of its own, so that it survives the refused command's rollback.
/// Callers at an office counter, a kiosk or online pass straight through.
/// </summary>
public static class OutletCommissions
{
    /// <summary>Before a case is opened.</summary>
    public static async Task EnsureMayOpen(IDocumentSession session, CommandContext context, string commandName,
        Guid caseId, BusinessType type, DateTimeOffset now, CancellationToken cancellation)
    {
        if (context.Actor.Outlet is not { } code) return;
        var outlet = await Load(session, code, cancellation);
        if (OutletRules.MayOpen(outlet, code, context.Actor, type, now) is { } refusal)
            await Refuse(session, context, commandName, code, type.Code, caseId, refusal, now, cancellation);
    }

    /// <summary>Before any command on an existing case.</summary>
    public static async Task EnsureMayAct(IDocumentSession session, CommandContext context, string commandName,
        ServiceCase serviceCase, CancellationToken cancellation)
    {
        if (context.Actor.Outlet is not { } code) return;
        var now = Clock(session).GetUtcNow();
        var outlet = await Load(session, code, cancellation);
        var type = BusinessCatalogue.Standard.Find(serviceCase.BusinessType);
        if (OutletRules.MayAct(outlet, code, context.Actor, serviceCase, type, now) is { } refusal)
            await Refuse(session, context, commandName, code, serviceCase.BusinessType, serviceCase.Id, refusal, now,
                cancellation);
    }

    private static async Task<Outlet?> Load(IDocumentSession session, string code, CancellationToken cancellation) =>
        await session.Events.FetchLatest<Outlet>(OutletIds.For(code), cancellation);

    private static async Task Refuse(IDocumentSession session, CommandContext context, string commandName,
        string code, string businessType, Guid? caseId, OutletRefusal refusal, DateTimeOffset now,
        CancellationToken cancellation)
    {
        await using (var record = session.DocumentStore.LightweightSession())
        {
            context.Stamp(record, commandName);
            record.Events.Append(OutletIds.For(code), new OutletActionRefused(OutletIds.For(code), code,
                context.Actor.UserId, commandName, businessType, caseId, refusal.Code, refusal.Reason, now));
            await record.SaveChangesAsync(cancellation);
        }
        throw new AccessDeniedException(refusal.Reason);
    }

    // Commands on existing cases reach this gate without the handler's services; the store's own
    // clock (the one that stamps event timestamps) stands in for the injected TimeProvider.
    private static TimeProvider Clock(IQuerySession session) =>
        (session.DocumentStore.Options as StoreOptions)?.Events.TimeProvider ?? TimeProvider.System;
}
