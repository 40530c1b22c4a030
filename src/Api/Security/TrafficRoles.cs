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
    public const string Insurer = "insurer";       // an insurer's claims staff; the token's insurer claim names the company
    public const string Court = "court";           // a court reading accidents referred to it; the court claim names it

    public static readonly IReadOnlyList<string> All = [Clerk, Agent, Auditor, Supervisor, Analyst, Admin, Insurer, Court];
}

public static class Policies
{
    /// <summary>Issues commands on cases: clerks and agents.</summary>
    public const string CaseWork = "case-work";

    /// <summary>Reads cases: those who work them, those who audit them, those who count them.</summary>
    public const string CaseRead = "case-read";

    /// <summary>Replays history: auditors and supervisors.</summary>
    public const string Audit = "audit";

    /// <summary>Enforcement by the police: recording and reviewing violations, deciding objections and responsibility.</summary>
    public const string Enforcement = "enforcement";

    /// <summary>An insurer's work on accidents it is party to: damage assessment and claim settlement.</summary>
    public const string InsurerWork = "insurer-work";

    /// <summary>Reads accidents: staff see all; insurers and courts only theirs (filtered by the query).</summary>
    public const string AccidentRead = "accident-read";

    /// <summary>Reads statistics: analysts, supervisors, auditors and administrators.</summary>
    public const string Analytics = "analytics";

    /// <summary>Operates the service: rebuilds read models, watches projection lag.</summary>
    public const string Admin = "admin-only";
}
