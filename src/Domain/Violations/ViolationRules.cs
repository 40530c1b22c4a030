using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Violations;

/// <summary>
/// The life of a violation: recorded → reviewed → owner notified → (objected → decided) → handled
/// by a driver → fine paid; or dismissed at review or on objection.
/// </summary>
public static class ViolationRules
{
    public const string InvalidPoints = "violation.invalid_points";
    public const string OccurredInFuture = "violation.occurred_in_future";
    public const string NotAwaitingReview = "violation.not_awaiting_review";
    public const string NotReviewed = "violation.not_reviewed";
    public const string ReasonRequired = "violation.reason_required";
    public const string ObjectionNotAllowed = "violation.objection_not_allowed";
    public const string NoPendingObjection = "violation.no_pending_objection";
    public const string ObjectionPending = "violation.objection_pending";
    public const string NotNotified = "violation.not_notified";
    public const string Dismissed = "violation.dismissed";
    public const string AlreadyHandled = "violation.already_handled";
    public const string ChannelNotAllowed = "violation.channel_not_allowed";
    public const string WindowOnly = "violation.window_only";
    public const string PointsLimitForAnotherVehicle = "violation.points_limit_for_another_vehicle";
    public const string NotHandled = "violation.not_handled";
    public const string AlreadyPaid = "violation.already_paid";
    public const string WrongAmount = "violation.wrong_amount";

    /// <summary>From this many points a violation is handled only at an office window, in person.</summary>
    public const int WindowOnlyFromPoints = 6;

    /// <summary>Natural days from handling to the fine's due date (处罚决定书: pay within 15 days).</summary>
    public const int PaymentPeriodDays = 15;

    public static ViolationRecorded Record(Guid id, string plate, string place, DateTimeOffset occurredAt, string code,
        int points, decimal fine, string source, string recordedBy, DateTimeOffset now)
    {
        if (!PointsRules.IsAllowed(points))
            throw new DomainRuleException(InvalidPoints,
                $"A violation carries {string.Join(", ", PointsRules.Allowed)} points, not {points}.");
        if (occurredAt > now)
            throw new DomainRuleException(OccurredInFuture, "A violation cannot be recorded before it happens.");
        return new ViolationRecorded(id, plate, place, occurredAt, code, points, fine, source, recordedBy, now);
    }

    public static ViolationReviewed Review(Violation v, bool upheld, string? reason, DateTimeOffset now)
    {
        if (v.Status != ViolationStatus.Recorded)
            throw new DomainRuleException(NotAwaitingReview, "This violation has already been reviewed.");
        if (!upheld && string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException(ReasonRequired, "Dismissing a violation at review needs a reason.");
        return new ViolationReviewed(v.Id, v.Plate, upheld, Trimmed(reason), now);
    }

    public static ViolationOwnerNotified NotifyOwner(Violation v, string ownerIdNumber, string method, DateTimeOffset now)
    {
        if (v.Status != ViolationStatus.Reviewed)
            throw new DomainRuleException(NotReviewed, "The owner is notified once the violation has been reviewed and upheld.");
        return new ViolationOwnerNotified(v.Id, ownerIdNumber, method, now);
    }

    public static ViolationObjected Object(Violation v, string objectorIdNumber, string grounds, DateTimeOffset now)
    {
        if (v.Status != ViolationStatus.Notified)
            throw new DomainRuleException(ObjectionNotAllowed,
                "An objection is made after the owner is notified and before the violation is handled.");
        if (string.IsNullOrWhiteSpace(grounds))
            throw new DomainRuleException(ReasonRequired, "An objection must give its grounds.");
        return new ViolationObjected(v.Id, objectorIdNumber, grounds.Trim(), now);
    }

    public static ViolationObjectionDecided DecideObjection(Violation v, bool upheld, string reason, DateTimeOffset now)
    {
        if (v.Status != ViolationStatus.Objected)
            throw new DomainRuleException(NoPendingObjection, "There is no objection waiting for a decision.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException(ReasonRequired, "The decision on an objection must say why.");
        return new ViolationObjectionDecided(v.Id, v.Plate, upheld, reason.Trim(), now);
    }

    /// <summary>
    /// A driver handles the violation through a channel: the driver's licence takes the points and
    /// the fine falls due. <paramref name="driverCyclePoints"/> is what the driver's licence already
    /// carries in its current cycle.
    /// </summary>
    public static ViolationHandled Handle(Violation v, BusinessType handling, string channel, string driverIdNumber,
        int driverCyclePoints, DateTimeOffset now)
    {
        EnsureHandleable(v, handling, channel);

        var owner = v.OwnerIdNumber!;
        var ownVehicle = string.Equals(owner, driverIdNumber, StringComparison.OrdinalIgnoreCase);
        if (!ownVehicle && !PointsRules.MayTakeForAnotherVehicle(driverCyclePoints, v.Points))
            throw new DomainRuleException(PointsLimitForAnotherVehicle,
                $"The driver already has {driverCyclePoints} points this cycle; taking {v.Points} more for another " +
                $"person's vehicle would pass {PointsRules.CycleLimit}.");

        var dueOn = OfficeCalendar.LocalDate(now).AddDays(PaymentPeriodDays);
        return new ViolationHandled(v.Id, v.Plate, driverIdNumber, owner, ownVehicle, channel, v.Points, v.Fine,
            dueOn, now);
    }

    /// <summary>
    /// The refusals that depend on the violation and the channel alone: asked before the driver's
    /// licence is looked up, so they answer first.
    /// </summary>
    public static void EnsureHandleable(Violation v, BusinessType handling, string channel)
    {
        switch (v.Status)
        {
            case ViolationStatus.Dismissed:
                throw new DomainRuleException(Dismissed, "This violation was dismissed; there is nothing to handle.");
            case ViolationStatus.Handled or ViolationStatus.Paid:
                throw new DomainRuleException(AlreadyHandled, "This violation has already been handled.");
            case ViolationStatus.Objected:
                throw new DomainRuleException(ObjectionPending, "An objection is waiting for a decision.");
            case ViolationStatus.Recorded or ViolationStatus.Reviewed:
                throw new DomainRuleException(NotNotified, "The violation is handled after the owner has been notified.");
        }
        if (!handling.AllowsChannel(channel))
            throw new DomainRuleException(ChannelNotAllowed,
                $"Violations are handled at: {string.Join(", ", handling.Channels)}; not through {channel}.");
        if (v.Points >= WindowOnlyFromPoints && channel != ServiceChannels.Window)
            throw new DomainRuleException(WindowOnly,
                $"A violation of {v.Points} points is handled only at an office window, in person.");
    }

    /// <summary>What must be paid now: the fine and the late fee since the due date.</summary>
    public static decimal AmountDue(Violation v, DateTimeOffset now) =>
        v.FineDueOn is { } due ? FineArithmetic.AmountDue(v.Fine, due, OfficeCalendar.LocalDate(now)) : v.Fine;

    public static ViolationFinePaid PayFine(Violation v, decimal amount, string method, string reference, DateTimeOffset now)
    {
        if (v.Status == ViolationStatus.Paid)
            throw new DomainRuleException(AlreadyPaid, "The fine has already been paid, or none was due.");
        if (v.Status != ViolationStatus.Handled)
            throw new DomainRuleException(NotHandled, "The fine is paid once the violation has been handled.");

        var today = OfficeCalendar.LocalDate(now);
        var due = v.FineDueOn!.Value;
        var lateFee = FineArithmetic.LateFee(v.Fine, due, today);
        var total = v.Fine + lateFee;
        if (amount != total)
            throw new DomainRuleException(WrongAmount,
                $"Due today: {total:0.00} yuan (fine {v.Fine:0.00}, late fee {lateFee:0.00}), not {amount:0.00}.");
        return new ViolationFinePaid(v.Id, v.Fine, lateFee, total, FineArithmetic.DaysLate(due, today), method,
            reference, now);
    }

    private static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
