using Marten;
using TrafficCqrs.Application.Violations;
using TrafficCqrs.Projections.Accidents;
using TrafficCqrs.Projections.Violations;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>An unhandled violation or unresolved accident that keeps a vehicle from changing hands or getting a sticker.</summary>
/// <param name="Kind"><see cref="Violation"/> or <see cref="Accident"/>.</param>
/// <param name="Reference">The violation's or accident's id.</param>
public sealed record OutstandingHold(string Kind, string Reference, string Description)
{
    public const string Violation = "violation";
    public const string Accident = "accident";
}

/// <summary>Where the vehicle rules learn whether violations and accidents are cleared for a VIN.</summary>
public interface IVehicleHolds
{
    Task<IReadOnlyList<OutstandingHold>> Outstanding(IQuerySession session, string vin, CancellationToken cancellation);
}

/// <summary>
/// The holds the violations and accidents areas keep by plate (<see cref="IVehicleHoldsQuery"/>, one
/// source of truth), looked up under the plate the vehicle carries now, or its temporary plate while
/// it is transferred out.
/// </summary>
public sealed class PlateVehicleHolds(IVehicleHoldsQuery byPlate) : IVehicleHolds
{
    public async Task<IReadOnlyList<OutstandingHold>> Outstanding(IQuerySession session, string vin,
        CancellationToken cancellation)
    {
        var vehicle = await VehicleQueries.ByVin(session, vin, cancellation);
        var plates = new[] { vehicle?.Plate, vehicle?.TemporaryPlate }.OfType<string>().Distinct();
        var outstanding = new List<OutstandingHold>();
        foreach (var plate in plates)
        {
            var holds = await byPlate.Holds(session, plate, cancellation);
            // Every id holds the vehicle; the read models only describe it to the clerk.
            var violations = await Load<ViolationSummary>(session, holds.OpenViolationIds, v => v.Id, cancellation);
            outstanding.AddRange(holds.OpenViolationIds.Select(id => new OutstandingHold(OutstandingHold.Violation,
                id.ToString(), violations.TryGetValue(id, out var v)
                    ? $"violation {v.Code} by {plate} at {v.Place} on {v.OccurredAt:yyyy-MM-dd}, not yet handled"
                    : $"violation by {plate}, not yet handled")));
            var accidents = await Load<AccidentCaseView>(session, holds.OpenAccidentIds, a => a.Id, cancellation);
            outstanding.AddRange(holds.OpenAccidentIds.Select(id => new OutstandingHold(OutstandingHold.Accident,
                id.ToString(), accidents.TryGetValue(id, out var a)
                    ? $"accident of {plate} at {a.Place} on {a.OccurredAt:yyyy-MM-dd}, not yet closed"
                    : $"accident of {plate}, not yet closed")));
        }
        return outstanding;
    }

    private static async Task<Dictionary<Guid, T>> Load<T>(IQuerySession session, List<Guid> ids, Func<T, Guid> id,
        CancellationToken cancellation) where T : notnull =>
        ids.Count == 0 ? [] : (await session.LoadManyAsync<T>(cancellation, ids)).ToDictionary(id);
}

internal static class OutstandingHoldExtensions
{
    /// <summary>How the rules quote the holds to the clerk.</summary>
    public static IReadOnlyList<string> Describe(this IReadOnlyList<OutstandingHold> holds) =>
        holds.Select(h => $"{h.Kind} {h.Reference}: {h.Description}").ToList();
}
