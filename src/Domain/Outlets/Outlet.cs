namespace TrafficCqrs.Domain.Outlets;

public enum OutletStatus
{
    Active,
    Suspended,
    Ended,
}

/// <summary>An outlet's commission as decisions need it, rebuilt from the outlet's events.</summary>
public sealed record Outlet
{
    public Guid Id { get; init; }

    /// <summary>The version of the stream this state was built from (set by the event store).</summary>
    public long Version { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Office { get; init; } = "";
    public IReadOnlyList<string> BusinessTypes { get; init; } = [];
    public IReadOnlyList<string> Staff { get; init; } = [];
    public DateOnly ValidFrom { get; init; }
    public DateOnly ValidUntil { get; init; }
    public OutletStatus Status { get; init; }
    public string? SuspensionReason { get; init; }
    public string? EndReason { get; init; }

    public static Outlet Create(OutletCommissioned e) => new()
    {
        Id = e.OutletId,
        Code = e.Code,
        Name = e.Name,
        Kind = e.Kind,
        Office = e.Office,
        BusinessTypes = e.BusinessTypes,
        Staff = e.Staff,
        ValidFrom = e.ValidFrom,
        ValidUntil = e.ValidUntil,
        Status = OutletStatus.Active,
    };

    public Outlet Apply(OutletSuspended e) => this with { Status = OutletStatus.Suspended, SuspensionReason = e.Reason };

    public Outlet Apply(OutletResumed e) => this with { Status = OutletStatus.Active, SuspensionReason = null };

    public Outlet Apply(OutletAuthorisationsChanged e) => this with { BusinessTypes = e.BusinessTypes };

    public Outlet Apply(OutletStaffChanged e) => this with { Staff = e.Staff };

    public Outlet Apply(OutletCommissionEnded e) => this with { Status = OutletStatus.Ended, EndReason = e.Reason };

    public bool IsStaff(string userId) => Staff.Contains(userId, StringComparer.Ordinal);
}

/// <summary>Stream ids of outlets, one per outlet code.</summary>
public static class OutletIds
{
    public static Guid For(string code) => Identities.DeterministicGuid.For("outlet", code);
}
