using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Outlets;

// A commissioned outlet (代办网点) from its commission to its end. Its stream id is derived from its
// code (OutletIds.For), the code its staff's tokens carry.

/// <summary>An office commissioned an outlet to handle some business types, through some staff, for a period.</summary>
/// <param name="ValidFrom">First day the commission is valid (office calendar).</param>
/// <param name="ValidUntil">Last day the commission is valid, inclusive.</param>
[EventName("outlet.commissioned")]
public sealed record OutletCommissioned(
    Guid OutletId,
    string Code,
    string Name,
    string Kind,
    string Office,
    IReadOnlyList<string> BusinessTypes,
    IReadOnlyList<string> Staff,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    DateTimeOffset CommissionedAt);

/// <summary>The office suspended the outlet: it may do nothing until resumed.</summary>
[EventName("outlet.suspended")]
public sealed record OutletSuspended(Guid OutletId, string Reason, DateTimeOffset SuspendedAt);

/// <summary>The office lifted a suspension.</summary>
[EventName("outlet.resumed")]
public sealed record OutletResumed(Guid OutletId, DateTimeOffset ResumedAt);

/// <summary>The office changed which business types the outlet may handle (the whole new list).</summary>
[EventName("outlet.authorisations_changed")]
public sealed record OutletAuthorisationsChanged(Guid OutletId, IReadOnlyList<string> BusinessTypes, DateTimeOffset ChangedAt);

/// <summary>The office changed who may act for the outlet (the whole new list of user ids).</summary>
[EventName("outlet.staff_changed")]
public sealed record OutletStaffChanged(Guid OutletId, IReadOnlyList<string> Staff, DateTimeOffset ChangedAt);

/// <summary>The office ended the commission for good.</summary>
[EventName("outlet.commission_ended")]
public sealed record OutletCommissionEnded(Guid OutletId, string Reason, DateTimeOffset EndedAt);

/// <summary>
/// Someone acting for the outlet tried something outside its commission and was refused; kept for
/// supervision (事中事后监管) even though the attempt itself changed nothing.
/// </summary>
/// <param name="CaseId">The case acted on, or the id the refused case would have had.</param>
/// <param name="Command">The refused command, e.g. OpenCase.</param>
/// <param name="Code">The rule that refused it (OutletRules).</param>
[EventName("outlet.action_refused")]
public sealed record OutletActionRefused(
    Guid OutletId,
    string OutletCode,
    string UserId,
    string Command,
    string BusinessType,
    Guid? CaseId,
    string Code,
    string Reason,
    DateTimeOffset RefusedAt);
