namespace TrafficCqrs.Domain.Supervision;

/// <summary>Inspections of a target and the sanctions imposed on it.</summary>
public static class SanctionRules
{
    public const string FindingsRequired = "supervision.findings_required";
    public const string ReasonRequired = "supervision.reason_required";
    public const string PeriodInvalid = "supervision.period_invalid";
    public const string SuspensionNeedsEnd = "supervision.suspension_needs_end";
    public const string SanctionNotInForce = "supervision.sanction_not_in_force";
    public const string Blacklisted = "supervision.target_blacklisted";
    public const string Suspended = "supervision.target_suspended";

    public static InspectionRecorded RecordInspection(string targetKind, string targetCode, Guid inspectionId,
        string kind, Guid? caseId, string findings, bool compliant, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(findings))
            throw new Common.DomainRuleException(FindingsRequired, "Record what the check or call-back found.");
        return new InspectionRecorded(targetKind, targetCode, inspectionId, kind, caseId, findings.Trim(), compliant, now);
    }

    /// <param name="from">When it begins; now when not given.</param>
    /// <param name="until">When it ends; a suspension must end, a blacklisting may be open-ended.</param>
    public static SanctionImposed Impose(string targetKind, string targetCode, Guid sanctionId, string measure,
        string reason, DateTimeOffset? from, DateTimeOffset? until, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new Common.DomainRuleException(ReasonRequired, "A sanction states its reason.");
        var start = from ?? now;
        if (measure == SanctionMeasures.Suspended && until is null)
            throw new Common.DomainRuleException(SuspensionNeedsEnd, "A suspension is for a period: give its end.");
        if (until is { } end && end <= start)
            throw new Common.DomainRuleException(PeriodInvalid, "The period must end after it begins.");
        return new SanctionImposed(targetKind, targetCode, sanctionId, measure, reason.Trim(), start, until, now);
    }

    public static SanctionLifted Lift(SanctionRecord record, Guid sanctionId, string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new Common.DomainRuleException(ReasonRequired, "Lifting a sanction states its reason.");
        var sanction = record.Sanctions.FirstOrDefault(s => s.Id == sanctionId);
        if (sanction is null || sanction.LiftedAt is not null || sanction.Until is { } until && until <= now)
            throw new Common.DomainRuleException(SanctionNotInForce, "That sanction is not in force (or not yet begun and over).");
        return new SanctionLifted(record.TargetKind, record.TargetCode, sanctionId, reason.Trim(), now);
    }

    /// <summary>Refuses new business for a target under a sanction: blacklisted first, then suspended.</summary>
    public static void EnsureMayDoBusiness(SanctionStanding standing)
    {
        if (Refusal(standing) is { } refusal)
            throw new Common.DomainRuleException(refusal.Code, refusal.Reason);
    }

    /// <summary>Why a target under a sanction may not do new business (blacklisted first); null when it may.</summary>
    public static (string Code, string Reason)? Refusal(SanctionStanding standing)
    {
        var blacklisted = standing.InForce.FirstOrDefault(s => s.Measure == SanctionMeasures.Blacklisted);
        if (blacklisted is not null)
            return (Blacklisted,
                $"{standing.TargetKind} {standing.TargetCode} is blacklisted{Until(blacklisted)}: {blacklisted.Reason}");
        var suspended = standing.InForce.FirstOrDefault(s => s.Measure == SanctionMeasures.Suspended);
        if (suspended is not null)
            return (Suspended,
                $"{standing.TargetKind} {standing.TargetCode} is suspended{Until(suspended)}: {suspended.Reason}");
        return null;
    }

    private static string Until(Sanction s) => s.Until is { } until ? $" until {until:yyyy-MM-dd}" : "";
}
