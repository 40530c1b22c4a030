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
