namespace TrafficCqrs.Projections.Supervision;

/// <summary>A pattern raised for a supervisor's attention, with the way to its trace.</summary>
/// <param name="Sequence">The event that raised it.</param>
/// <param name="Trace">The timeline that shows the pattern.</param>
public sealed class SupervisionFlag
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string SubjectKind { get; set; } = "";
    public string Subject { get; set; } = "";
    public string? Office { get; set; }
    public long Sequence { get; set; }
    public Guid StreamId { get; set; }
    public string EventType { get; set; } = "";
    public DateTimeOffset RaisedAt { get; set; }
    public string Detail { get; set; } = "";
    public string Trace { get; set; } = "";
}

/// <summary>A person's recent replacement cases, kept by the flag subscription to count them.</summary>
public sealed class ReplacementTally
{
    public string Id { get; set; } = "";
    public List<DateTimeOffset> Openings { get; set; } = [];
}

/// <summary>Cases an outlet opened per office day (its recent days only), kept to find a day far above its average.</summary>
public sealed class OutletVolumeTally
{
    /// <summary>The outlet's code.</summary>
    public string Id { get; set; } = "";
    public List<OutletDay> Days { get; set; } = [];
}

public sealed class OutletDay
{
    public DateOnly Day { get; set; }
    public int Opened { get; set; }

    /// <summary>The stored timestamp of the day's first case, where the trace starts.</summary>
    public DateTimeOffset FirstStoredAt { get; set; }
}

/// <summary>Who accepted a case and when, until it closes: to see who completes it, how soon.</summary>
public sealed class CaseAcceptanceNote
{
    /// <summary>The case id.</summary>
    public Guid Id { get; set; }
    public string? AcceptedBy { get; set; }
    public DateTimeOffset AcceptedAt { get; set; }
}

/// <summary>One user's refused outlet attempts on one office day.</summary>
public sealed class RefusalTally
{
    /// <summary>user + ":" + day.</summary>
    public string Id { get; set; } = "";
    public int Refused { get; set; }

    /// <summary>The stored timestamp of the day's first refusal, where the trace starts.</summary>
    public DateTimeOffset FirstStoredAt { get; set; }
}
