using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Cases;

/// <summary>Window service rules on a case: channels, visits, idempotent payment, refunds.</summary>
public static partial class CaseRules
{
    public const string ChannelNotAllowed = "case.channel_not_allowed";
    public const string PaymentReferenceReused = "case.payment_reference_reused";
    public const string AlreadyAwaitingReturn = "case.already_awaiting_return";
    public const string NotAwaitingReturn = "case.not_awaiting_return";

    /// <summary>Channels whose admission the catalogue decides here; an outlet's kind is checked where outlets are.</summary>
    private static readonly IReadOnlyList<string> CitizenChannels = [Channels.Window, Channels.Kiosk, Channels.Online];

    /// <summary>A business is done only through the channels the catalogue lists for it (a kiosk only what kiosks may do).</summary>
    public static void EnsureChannelAllowed(BusinessType type, string channel)
    {
        if (CitizenChannels.Contains(channel) && !type.AllowsChannel(channel))
            throw new DomainRuleException(ChannelNotAllowed,
                $"{type.NameEn} cannot be done through the {channel} channel; it can be done at: {string.Join(", ", type.Channels)}.");
    }

    /// <summary>
    /// True when this exact payment is already on the case: the same platform reference is one
    /// payment, however often it is reported. The same reference for another amount is refused.
    /// </summary>
    public static bool IsRecordedPayment(ServiceCase c, decimal amount, string reference)
    {
        if (c.PaymentReference is null || !string.Equals(c.PaymentReference, reference.Trim(), StringComparison.Ordinal))
            return false;
        if (amount != c.AmountPaid)
            throw new DomainRuleException(PaymentReferenceReused,
                $"Payment {reference} was recorded for {c.AmountPaid:0.00} yuan, not {amount:0.00}.");
        return true;
    }

    /// <summary>What closing a case owes back: a refund of whatever of the fee is held, or nothing.</summary>
    public static CaseRefunded? RefundOnClosing(ServiceCase c, string reason, DateTimeOffset now) =>
        c.AmountHeld > 0m && c.PaymentReference is { } reference
            ? new CaseRefunded(c.Id, c.AmountHeld, reference, reason, now)
            : null;

    /// <summary>The first visit of a case opened from a queue ticket.</summary>
    public static CaseVisitStarted FirstVisit(Guid caseId, Guid ticketId, DateTimeOffset now) => new(caseId, ticketId, 1, now);

    public static CaseReturnVisitRequired RequireReturnVisit(ServiceCase c, string reason, DateTimeOffset now)
    {
        RefuseWhenClosed(c);
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException(ReasonRequired, "The applicant must be told why they have to come back.");
        if (c.AwaitingReturn)
            throw new DomainRuleException(AlreadyAwaitingReturn, "The case is already waiting for the applicant to come back.");
        return new CaseReturnVisitRequired(c.Id, reason.Trim(), now);
    }

    /// <summary>The applicant came back on a new ticket for a case that was waiting for them.</summary>
    public static CaseVisitStarted ReturnVisit(ServiceCase c, Guid ticketId, DateTimeOffset now)
    {
        RefuseWhenClosed(c);
        if (!c.AwaitingReturn)
            throw new DomainRuleException(NotAwaitingReturn, "The case is not waiting for the applicant to come back.");
        return new CaseVisitStarted(c.Id, ticketId, Math.Max(c.Visits, 1) + 1, now);
    }
}
