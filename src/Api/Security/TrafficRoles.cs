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
    public const string Kiosk = "kiosk";           // a self-service terminal (自助终端) acting for the citizen at it

    public static readonly IReadOnlyList<string> All = [Clerk, Agent, Auditor, Supervisor, Analyst, Admin, Kiosk];
}

public static class Policies
{
    /// <summary>Issues commands on cases: clerks and agents.</summary>
    public const string CaseWork = "case-work";

    /// <summary>Reads cases: those who work them, those who audit them, those who count them.</summary>
    public const string CaseRead = "case-read";

    /// <summary>Replays history: auditors and supervisors.</summary>
    public const string Audit = "audit";

    /// <summary>Changes the office's own set-up, such as its business catalogue: administrators.</summary>
    public const string Admin = "admin";

    /// <summary>Reads the business catalogue: everyone who works with or for the office, kiosks included.</summary>
    public const string CatalogueRead = "catalogue-read";

    /// <summary>Runs the queue (issues tickets, calls them to counters): clerks, and kiosks issuing tickets.</summary>
    public const string Queue = "queue";

    /// <summary>Works a counter: calls tickets, opens their cases, ends visits: clerks.</summary>
    public const string Counter = "counter";

    /// <summary>Reads counter boards: the office's staff and those who count or supervise.</summary>
    public const string Boards = "boards";
}
