using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Cases;

/// <summary>
/// The life of a case: opened → accepted → (paid) → completed, or rejected / withdrawn before
/// completion. Each decision takes the current state and the clock and returns the events, or
/// refuses with a rule code.
/// </summary>
public static partial class CaseRules
{
    public const string NotOpen = "case.not_open";
    public const string NotAccepted = "case.not_accepted";
    public const string AlreadyClosed = "case.already_closed";
    public const string AlreadyPaid = "case.already_paid";
    public const string NoFeeDue = "case.no_fee_due";
    public const string WrongAmount = "case.wrong_amount";
    public const string UnpaidFee = "case.unpaid_fee";
    public const string ReasonRequired = "case.reason_required";

    public static readonly IReadOnlyList<string> PaymentMethods = ["wechat", "alipay", "unionpay", "bank_card"];

    public static CaseOpened Open(Guid caseId, BusinessType type, string applicantIdNumber, Actor actor,
        DateTimeOffset now, string? subject = null, IReadOnlyDictionary<string, string>? details = null)
    {
        EnsureChannelAllowed(type, actor.Channel);
        return new(caseId, type.Code, applicantIdNumber, actor.Channel, actor.Office, actor.Counter, actor.Outlet,
            type.Fee, now, subject, details is { Count: > 0 } ? details : null);
    }

    public static CaseAccepted Accept(ServiceCase c, DateTimeOffset now)
    {
        RefuseWhenClosed(c);
        if (c.Status != CaseStatus.Opened)
            throw new DomainRuleException(NotOpen, "Only a case that has just been opened can be accepted.");
        return new CaseAccepted(c.Id, now);
    }

    public static CasePaymentRecorded RecordPayment(ServiceCase c, decimal amount, string method, string reference,
        DateTimeOffset now)
    {
        RefuseWhenClosed(c);
        if (c.Status != CaseStatus.Accepted)
            throw new DomainRuleException(NotAccepted, "The fee is paid after the case has been accepted.");
        if (c.Fee == 0m)
            throw new DomainRuleException(NoFeeDue, "This business is free of charge; there is nothing to pay.");
        if (c.IsPaid)
            throw new DomainRuleException(AlreadyPaid, $"The fee was already paid (reference {c.PaymentReference}).");
        if (amount != c.Fee)
            throw new DomainRuleException(WrongAmount, $"The fee for this business is {c.Fee:0.00} yuan, not {amount:0.00}.");
        return new CasePaymentRecorded(c.Id, amount, method, reference, now);
    }

    public static CaseCompleted Complete(ServiceCase c, DateTimeOffset now)
    {
        RefuseWhenClosed(c);
        if (c.Status != CaseStatus.Accepted)
            throw new DomainRuleException(NotAccepted, "A case must be accepted before it can be completed.");
        if (c.Fee > 0m && !c.IsPaid)
            throw new DomainRuleException(UnpaidFee, $"The fee of {c.Fee:0.00} yuan has not been paid.");
        return new CaseCompleted(c.Id, now);
    }

    public static CaseRejected Reject(ServiceCase c, string reason, DateTimeOffset now)
    {
        RefuseWhenClosed(c);
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException(ReasonRequired, "A rejection must tell the applicant why.");
        return new CaseRejected(c.Id, reason.Trim(), now);
    }

    public static CaseWithdrawn Withdraw(ServiceCase c, string? reason, DateTimeOffset now)
    {
        RefuseWhenClosed(c);
        return new CaseWithdrawn(c.Id, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), now);
    }

    private static void RefuseWhenClosed(ServiceCase c)
    {
        if (c.Status.IsFinal())
            throw new DomainRuleException(AlreadyClosed,
                $"The case is already {c.Status.ToString().ToLowerInvariant()}; nothing more can be done on it.");
    }
}
