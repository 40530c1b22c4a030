using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Outlets;

/// <summary>Why someone acting for an outlet may not do what they tried.</summary>
public sealed record OutletRefusal(string Code, string Reason);

/// <summary>
/// The commission of an outlet (委托代办): what the office may do to it, and what the outlet's staff
/// may do under it. An outlet acts only for the business types it is authorised for, only through its
/// own staff, only while its commission is valid and not suspended, and only on its own cases.
/// </summary>
public static class OutletRules
{
    // Managing a commission (answered 422).
    public const string AlreadyCommissioned = "outlet.already_commissioned";
    public const string InvalidPeriod = "outlet.invalid_period";
    public const string NoStaff = "outlet.no_staff";
    public const string Ended = "outlet.ended";
    public const string AlreadySuspended = "outlet.already_suspended";
    public const string NotSuspended = "outlet.not_suspended";
    public const string ReasonRequired = "outlet.reason_required";

    // Both when authorising a business type and when acting on one.
    public const string TypeNotDelegable = "outlet.type_not_delegable";
    public const string TypeNotForKind = "outlet.type_not_for_kind";

    // Acting for an outlet (answered 403 and recorded for supervision).
    public const string NotCommissioned = "outlet.not_commissioned";
    public const string OtherOffice = "outlet.other_office";
    public const string NotStaff = "outlet.not_staff";
    public const string NotYetValid = "outlet.not_yet_valid";
    public const string Expired = "outlet.commission_expired";
    public const string Suspended = "outlet.suspended";
    public const string NotAuthorised = "outlet.type_not_authorised";
    public const string OtherOutletsCase = "outlet.other_outlets_case";

    public static OutletCommissioned Commission(Outlet? existing, string code, string name, string kind, string office,
        IReadOnlyList<BusinessType> types, IReadOnlyList<string> staff, DateOnly validFrom, DateOnly validUntil,
        DateTimeOffset now)
    {
        if (existing is not null)
            throw new DomainRuleException(AlreadyCommissioned,
                $"Outlet {code} is already commissioned ({existing.Status.ToString().ToLowerInvariant()}); change or end that commission instead.");
        if (validUntil < validFrom)
            throw new DomainRuleException(InvalidPeriod, $"The commission cannot end ({validUntil:yyyy-MM-dd}) before it starts ({validFrom:yyyy-MM-dd}).");
        if (validUntil < OfficeCalendar.DayOf(now))
            throw new DomainRuleException(InvalidPeriod, $"A commission valid until {validUntil:yyyy-MM-dd} would already be over.");
        var staffIds = RequireStaff(staff);
        foreach (var type in types) RefuseUnfit(type, kind);
        return new OutletCommissioned(OutletIds.For(code), code, name, kind, office, Codes(types), staffIds,
            validFrom, validUntil, now);
    }

    public static OutletAuthorisationsChanged ChangeAuthorisations(Outlet o, IReadOnlyList<BusinessType> types,
        DateTimeOffset now)
    {
        RefuseWhenEnded(o);
        foreach (var type in types) RefuseUnfit(type, o.Kind);
        return new OutletAuthorisationsChanged(o.Id, Codes(types), now);
    }

    public static OutletStaffChanged ChangeStaff(Outlet o, IReadOnlyList<string> staff, DateTimeOffset now)
    {
        RefuseWhenEnded(o);
        return new OutletStaffChanged(o.Id, RequireStaff(staff), now);
    }

    public static OutletSuspended Suspend(Outlet o, string? reason, DateTimeOffset now)
    {
        RefuseWhenEnded(o);
        if (o.Status == OutletStatus.Suspended)
            throw new DomainRuleException(AlreadySuspended, $"Outlet {o.Code} is already suspended: {o.SuspensionReason}");
        return new OutletSuspended(o.Id, RequireReason(reason, "A suspension"), now);
    }

    public static OutletResumed Resume(Outlet o, DateTimeOffset now)
    {
        RefuseWhenEnded(o);
        if (o.Status != OutletStatus.Suspended)
            throw new DomainRuleException(NotSuspended, $"Outlet {o.Code} is not suspended.");
        return new OutletResumed(o.Id, now);
    }

    public static OutletCommissionEnded End(Outlet o, string? reason, DateTimeOffset now)
    {
        RefuseWhenEnded(o);
        return new OutletCommissionEnded(o.Id, RequireReason(reason, "Ending a commission"), now);
    }

    /// <summary>Whether someone acting for outlet <paramref name="outletCode"/> may open a case of this type; null when they may.</summary>
    public static OutletRefusal? MayOpen(Outlet? o, string outletCode, Actor actor, BusinessType type, DateTimeOffset now)
    {
        // A business no outlet may ever do is refused as such, whatever the outlet's commission.
        if (!type.AgentAllowed)
            return NotDelegable(type);
        if (o is null)
            return new(NotCommissioned, $"Outlet {outletCode} holds no commission from any office.");
        if (!string.Equals(actor.Office, o.Office, StringComparison.Ordinal))
            return new(OtherOffice, $"Outlet {o.Code} is commissioned by office {o.Office}, not {actor.Office}.");
        if (!o.IsStaff(actor.UserId))
            return new(NotStaff, $"{actor.UserId} is not on the staff of outlet {o.Code}.");
        if (o.Status == OutletStatus.Ended)
            return new(Ended, $"The commission of outlet {o.Code} has ended: {o.EndReason}");
        var today = OfficeCalendar.DayOf(now);
        if (today < o.ValidFrom)
            return new(NotYetValid, $"The commission of outlet {o.Code} starts on {o.ValidFrom:yyyy-MM-dd}.");
        if (today > o.ValidUntil)
            return new(Expired, $"The commission of outlet {o.Code} expired after {o.ValidUntil:yyyy-MM-dd}.");
        if (o.Status == OutletStatus.Suspended)
            return new(Suspended, $"Outlet {o.Code} is suspended: {o.SuspensionReason}");
        if (Unfit(type, o.Kind) is { } unfit)
            return unfit;
        if (!o.BusinessTypes.Contains(type.Code, StringComparer.OrdinalIgnoreCase))
            return new(NotAuthorised, $"Outlet {o.Code} is not authorised for {type.Code} ({type.NameEn}).");
        return null;
    }

    /// <summary>Whether someone acting for the outlet may act on an existing case; null when they may.</summary>
    public static OutletRefusal? MayAct(Outlet? o, string outletCode, Actor actor, ServiceCase c, BusinessType? type,
        DateTimeOffset now)
    {
        if (!string.Equals(c.Outlet, outletCode, StringComparison.Ordinal))
            return new(OtherOutletsCase,
                $"The case was opened {(c.Outlet is null ? "at an office" : "by outlet " + c.Outlet)}; outlet {outletCode} may act only on its own cases.");
        if (type is null)
            return new(NotAuthorised, $"Business type {c.BusinessType} is no longer in the catalogue.");
        return MayOpen(o, outletCode, actor, type, now);
    }

    private static OutletRefusal? Unfit(BusinessType type, string kind)
    {
        if (!type.AgentAllowed)
            return NotDelegable(type);
        if (!type.AllowsChannel(kind))
            return new(TypeNotForKind, $"{type.NameEn} ({type.Code}) is not done at a {kind.Replace('_', ' ')}.");
        return null;
    }

    private static OutletRefusal NotDelegable(BusinessType type) =>
        new(TypeNotDelegable,
            $"{type.NameEn} ({type.Code}, {type.NameZh}) is never done by a commissioned outlet; it is done at an office counter.");

    private static void RefuseUnfit(BusinessType type, string kind)
    {
        if (Unfit(type, kind) is { } refusal)
            throw new DomainRuleException(refusal.Code, refusal.Reason);
    }

    private static void RefuseWhenEnded(Outlet o)
    {
        if (o.Status == OutletStatus.Ended)
            throw new DomainRuleException(Ended, $"The commission of outlet {o.Code} has ended; nothing more can change on it.");
    }

    private static IReadOnlyList<string> RequireStaff(IReadOnlyList<string> staff)
    {
        var ids = staff.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
            throw new DomainRuleException(NoStaff, "An outlet acts only through named staff; give at least one user id.");
        return ids;
    }

    private static string RequireReason(string? reason, string what) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw new DomainRuleException(ReasonRequired, $"{what} must say why.")
            : reason.Trim();

    private static IReadOnlyList<string> Codes(IReadOnlyList<BusinessType> types) =>
        types.Select(t => t.Code).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
