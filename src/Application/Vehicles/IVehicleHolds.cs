using Marten;
using TrafficCqrs.Projections.Vehicles;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>An unhandled violation or unresolved accident that keeps a vehicle from changing hands or getting a sticker.</summary>
public sealed record OutstandingHold(string Kind, string Reference, string Description);

/// <summary>
/// Where the vehicle rules learn whether violations and accidents are cleared for a VIN. The
/// default reads <see cref="VehicleHold"/> documents, which the violations and accidents areas
/// write (see that class); another implementation may be registered in its place.
/// </summary>
public interface IVehicleHolds
{
    Task<IReadOnlyList<OutstandingHold>> Outstanding(IQuerySession session, string vin, CancellationToken cancellation);
}

public sealed class DocumentVehicleHolds : IVehicleHolds
{
    public async Task<IReadOnlyList<OutstandingHold>> Outstanding(IQuerySession session, string vin,
        CancellationToken cancellation)
    {
        var holds = await session.Query<VehicleHold>()
            .Where(h => h.Vin == vin && h.ClearedAt == null)
            .OrderBy(h => h.RaisedAt)
            .ToListAsync(cancellation);
        return holds.Select(h => new OutstandingHold(h.Kind, h.Reference, h.Description)).ToList();
    }
}

internal static class OutstandingHoldExtensions
{
    /// <summary>How the rules quote the holds to the clerk.</summary>
    public static IReadOnlyList<string> Describe(this IReadOnlyList<OutstandingHold> holds) =>
        holds.Select(h => $"{h.Kind} {h.Reference}: {h.Description}").ToList();
}
