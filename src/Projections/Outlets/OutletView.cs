using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Projections.Outlets;

/// <summary>An outlet's commission as the office and its supervisors read it.</summary>
public sealed class OutletView
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Office { get; set; } = "";
    public List<string> BusinessTypes { get; set; } = [];
    public List<string> Staff { get; set; } = [];
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidUntil { get; set; }
    public OutletStatus Status { get; set; }
    public string? SuspensionReason { get; set; }
    public string? EndReason { get; set; }
    public DateTimeOffset CommissionedAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
}
