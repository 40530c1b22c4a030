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
    public const string Kiosk = "kiosk";           // a self-service terminal (自助终端) acting for the citizen at it

    public static readonly IReadOnlyList<string> All = [Clerk, Agent, Auditor, Supervisor, Analyst, Admin, Insurer, Court, Kiosk];
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
    /// <summary>Recognises inspection stations and withdraws recognition: supervisors and administrators.</summary>
    public const string StationSupervision = "station-supervision";
    /// <summary>Manages the office's own set-up, e.g. commissions outlets: admins only.</summary>
    public const string Admin = "admin-only";

    /// <summary>Reads outlets' commissions and activity: the admins who manage them and those who supervise them.</summary>
    public const string OutletRead = "outlet-read";

    /// <summary>Reads a person's identity and cases across channels (personal data): clerks, auditors, supervisors.</summary>
    public const string PersonRead = "person-read";
    /// <summary>Handles complaints and imposes sanctions: supervisors.</summary>
    public const string Supervise = "supervise";

    /// <summary>Reads the business catalogue: everyone who works with or for the office, kiosks included.</summary>
    public const string CatalogueRead = "catalogue-read";

    /// <summary>Runs the queue (issues tickets, calls them to counters): clerks, and kiosks issuing tickets.</summary>
    public const string Queue = "queue";

    /// <summary>Works a counter: calls tickets, opens their cases, ends visits: clerks.</summary>
    public const string Counter = "counter";

    /// <summary>Reads counter boards: the office's staff and those who count or supervise.</summary>
    public const string Boards = "boards";

    /// <summary>Reads statistics: analysts, supervisors, auditors and administrators.</summary>
    public const string Analytics = "analytics";
}
