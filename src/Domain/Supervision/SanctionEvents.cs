using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Supervision;

// Oversight of commissioned outlets, inspection stations and exam venues, one stream per target:
// spot checks and call-backs, and the sanctions that follow (事中事后监管、失信联合惩戒).

/// <summary>A spot check (抽查) or call-back (回访) on the target's work, with what was found.</summary>
[EventName("supervision.inspection_recorded")]
public sealed record InspectionRecorded(
    string TargetKind,
    string TargetCode,
    Guid InspectionId,
    string Kind,
    Guid? CaseId,
    string Findings,
    bool Compliant,
    DateTimeOffset InspectedAt);

/// <summary>The target was suspended or blacklisted for a period (open-ended when Until is null).</summary>
[EventName("supervision.sanction_imposed")]
public sealed record SanctionImposed(
    string TargetKind,
    string TargetCode,
    Guid SanctionId,
    string Measure,
    string Reason,
    DateTimeOffset From,
    DateTimeOffset? Until,
    DateTimeOffset ImposedAt);

/// <summary>A sanction was ended before its period ran out.</summary>
[EventName("supervision.sanction_lifted")]
public sealed record SanctionLifted(
    string TargetKind,
    string TargetCode,
    Guid SanctionId,
    string Reason,
    DateTimeOffset LiftedAt);

public static class SanctionTargetKinds
{
    public const string Outlet = "outlet";                         // 代办网点
    public const string InspectionStation = "inspection_station"; // 检验机构
    public const string ExamVenue = "exam_venue";                 // 考场

    public static readonly IReadOnlyList<string> All = [Outlet, InspectionStation, ExamVenue];
}

public static class InspectionKinds
{
    public const string SpotCheck = "spot_check";
    public const string CallBack = "call_back";

    public static readonly IReadOnlyList<string> All = [SpotCheck, CallBack];
}

public static class SanctionMeasures
{
    public const string Suspended = "suspended";     // 暂停业务
    public const string Blacklisted = "blacklisted"; // 列入黑名单

    public static readonly IReadOnlyList<string> All = [Suspended, Blacklisted];
}
