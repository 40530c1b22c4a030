using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Application.Cases;

/// <summary>What object-level authorisation needs to know about a case: where it belongs and what it is.</summary>
public sealed record CaseScope(string Office, string? Outlet, string BusinessType)
{
    public static CaseScope Of(ServiceCase c) => new(c.Office, c.Outlet, c.BusinessType);
}

/// <summary>How much personal data a reader of a case may see.</summary>
public enum Disclosure
{
    /// <summary>Everything: the reader handles the case.</summary>
    Full,

    /// <summary>Everything, and the read itself is recorded: auditors and supervisors.</summary>
    Recorded,

    /// <summary>ID numbers, names, phones and addresses masked: everyone else (analysts, exports).</summary>
    Masked,
}

/// <summary>
/// Who may open, act on and read which case (object-level authorisation; the endpoint's policy has
/// already checked the role). An agent works only for its own outlet, and only on business types
/// outlets may handle at all; a clerk works on its own office's cases, or on any office's when the
/// business type may be done anywhere (renewal anywhere, in-province licence application).
/// </summary>
public static class CaseAccess
{
    private static readonly string[] BroadReaders = ["auditor", "supervisor", "analyst"];
    private static readonly string[] RecordedReaders = ["auditor", "supervisor"];

    /// <summary>An agent acts for an outlet: the role says so, or the token names one.</summary>
    public static bool IsAgent(Actor actor) => actor.HasRole("agent") || actor.Outlet is not null;

    public static bool IsHandler(Actor actor) => IsAgent(actor) || actor.HasRole("clerk");

    /// <summary>
    /// May the actor open a case of this type? Outlets are further limited by their commission,
    /// which <see cref="Outlets.OutletCommissions"/> checks (and records when refused).
    /// </summary>
    public static void EnsureMayOpen(Actor actor, BusinessType type)
    {
        if (!IsAgent(actor)) return;
        OutletOf(actor);
        if (!type.AgentAllowed)
            throw new AccessDeniedException($"Outlets may not handle {type.Code}; it is done at an office counter.");
    }

    public static void EnsureMayAct(Actor actor, ServiceCase c) => EnsureMayHandle(actor, CaseScope.Of(c));

    public static void EnsureMayHandle(Actor actor, CaseScope scope, BusinessCatalogue? catalogue = null)
    {
        if (RefusalToHandle(actor, scope, catalogue) is { } refusal)
            throw new AccessDeniedException(refusal);
    }

    /// <summary>Why the actor may not handle the case, or null when it may.</summary>
    public static string? RefusalToHandle(Actor actor, CaseScope scope, BusinessCatalogue? catalogue = null)
    {
        var type = (catalogue ?? BusinessCatalogue.Standard).Find(scope.BusinessType);
        if (IsAgent(actor))
        {
            if (string.IsNullOrEmpty(actor.Outlet))
                return "An agent's token must name its outlet.";
            if (!string.Equals(actor.Outlet, scope.Outlet, StringComparison.Ordinal))
                return $"Outlet {actor.Outlet} may act only on its own cases.";
            if (type is not { AgentAllowed: true })
                return $"Outlets may not handle {scope.BusinessType}.";
            return null;
        }
        // A kiosk (自助终端) carries its own cases through, as a clerk of its office would.
        if (!actor.HasRole("clerk") && !actor.HasRole("kiosk"))
            return "Only clerks, agents and kiosks handle cases.";
        if (type is { AnyOffice: true } || string.Equals(actor.Office, scope.Office, StringComparison.Ordinal))
            return null;
        return $"The case belongs to office {scope.Office}, not {actor.Office}.";
    }

    /// <summary>Auditors, supervisors and analysts read any case; clerks and agents only those they may handle.</summary>
    public static void EnsureMayRead(Actor actor, CaseScope scope, BusinessCatalogue? catalogue = null)
    {
        if (BroadReaders.Any(actor.HasRole)) return;
        EnsureMayHandle(actor, scope, catalogue);
    }

    /// <summary>How much of a readable case's personal data the actor may see.</summary>
    public static Disclosure DisclosureFor(Actor actor, CaseScope scope, BusinessCatalogue? catalogue = null)
    {
        if (IsHandler(actor) && RefusalToHandle(actor, scope, catalogue) is null) return Disclosure.Full;
        return RecordedReaders.Any(actor.HasRole) ? Disclosure.Recorded : Disclosure.Masked;
    }

    /// <summary>
    /// The case list a caller may see: clerks their office's, agents their outlet's; those who
    /// read everything see the filter as asked.
    /// </summary>
    public static CaseFilter ScopeList(Actor actor, CaseFilter filter)
    {
        if (BroadReaders.Any(actor.HasRole)) return filter;
        if (IsAgent(actor))
            return filter with { Outlet = OutletOf(actor) };
        if (!string.IsNullOrWhiteSpace(filter.Office) && !string.Equals(filter.Office, actor.Office, StringComparison.Ordinal))
            throw new AccessDeniedException($"Clerks list their own office's cases ({actor.Office}), not {filter.Office}'s.");
        return filter with { Office = actor.Office };
    }

    /// <summary>How the list's personal data is shown: the same for every row, since the list is scoped.</summary>
    public static Disclosure ListDisclosureFor(Actor actor) =>
        IsHandler(actor) ? Disclosure.Full
        : RecordedReaders.Any(actor.HasRole) ? Disclosure.Recorded
        : Disclosure.Masked;

    private static string OutletOf(Actor actor) =>
        string.IsNullOrEmpty(actor.Outlet)
            ? throw new AccessDeniedException("An agent's token must name its outlet.")
            : actor.Outlet;
}
