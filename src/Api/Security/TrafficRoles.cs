namespace TrafficCqrs.Api.Security;

/// <summary>The roles a token may carry, and the policies endpoints declare.</summary>
public static class TrafficRoles
{
    public const string Clerk = "clerk";           // 窗口民警/辅警 at an office counter
    public const string Agent = "agent";           // staff of a commissioned outlet (代办网点)
    public const string Auditor = "auditor";
    public const string Supervisor = "supervisor"; // 监管
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Clerk, Agent, Auditor, Supervisor, Analyst, Admin];
}

public static class Policies
{
    /// <summary>Issues commands on cases: clerks and agents.</summary>
    public const string CaseWork = "case-work";

    /// <summary>Reads cases: those who work them, those who audit them, those who count them.</summary>
    public const string CaseRead = "case-read";

    /// <summary>Replays history: auditors and supervisors.</summary>
    public const string Audit = "audit";

    /// <summary>Handles complaints and imposes sanctions: supervisors.</summary>
    public const string Supervise = "supervise";
}
