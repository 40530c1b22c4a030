using TrafficCqrs.Domain.Catalogue;

namespace TrafficCqrs.Projections.WindowService;

/// <summary>One entry of the office's business catalogue, as stored (the running catalogue is loaded from these).</summary>
public sealed class StoredBusinessType
{
    /// <summary>The business type's code.</summary>
    public string Id { get; set; } = "";
    public BusinessType Type { get; set; } = null!;

    /// <summary>When an office last changed it; null for a type seeded from the standard catalogue.</summary>
    public DateTimeOffset? ChangedAt { get; set; }
    public string? ChangedBy { get; set; }
}
