using Marten;
using TrafficCqrs.Domain.Violations;
using TrafficCqrs.Projections.Violations;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Application.Violations;

/// <summary>
/// Whether anything stops a vehicle's transfer or inspection sticker: a violation not yet handled,
/// or an accident not yet closed. For the vehicles module: inject it and call it with the command's
/// own session, e.g. <c>if (await holds.HasHolds(session, plate, ct)) throw new DomainRuleException(...)</c>.
/// </summary>
public interface IVehicleHoldsQuery
{
    Task<bool> HasHolds(IQuerySession session, string plate, CancellationToken cancellation);

    /// <summary>The open violation and accident ids holding the vehicle (empty lists when none).</summary>
    Task<VehicleHolds> Holds(IQuerySession session, string plate, CancellationToken cancellation);
}

/// <summary>Reads the <see cref="VehicleHolds"/> read model, kept inline with violations and accidents.</summary>
public sealed class VehicleHoldsQuery : IVehicleHoldsQuery
{
    public async Task<bool> HasHolds(IQuerySession session, string plate, CancellationToken cancellation) =>
        (await Holds(session, plate, cancellation)).HasHolds;

    public async Task<VehicleHolds> Holds(IQuerySession session, string plate, CancellationToken cancellation)
    {
        var key = PlateNumber.TryNormalise(plate, out var normalised, out _) ? normalised : plate.Trim();
        return await session.LoadAsync<VehicleHolds>(key, cancellation) ?? new VehicleHolds { Id = key };
    }
}
