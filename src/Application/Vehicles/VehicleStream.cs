using Marten;
using JasperFx.Events;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>The answer to a vehicle command: the vehicle and the version its history is now at.</summary>
public sealed record VehicleWritten(string Vin, Guid Id, long Version);

/// <summary>
/// The shared path of commands on a registered vehicle: load its stream for writing, check the
/// expected version, let the caller decide and append.
/// </summary>
internal static class VehicleStream
{
    public static async Task<IEventStream<Vehicle>> Load(IDocumentSession session, string vin, long? expectedVersion,
        CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Vehicle>(VehicleKeys.Vehicle(vin), cancellation);
        if (stream.Aggregate is null)
            throw new NotFoundException($"No vehicle with VIN {vin} is registered.");
        ExpectedVersions.Check(expectedVersion, stream.CurrentVersion, stream.Aggregate.Version);
        return stream;
    }

    /// <summary>Appends the decided event and returns where the vehicle's history is now.</summary>
    public static VehicleWritten Append(IEventStream<Vehicle> stream, object decided)
    {
        stream.AppendOne(decided);
        return new VehicleWritten(stream.Aggregate!.Vin, stream.Id, (stream.CurrentVersion ?? 0) + 1);
    }

    /// <summary>Load, stamp, decide, append: for commands that touch the vehicle's stream alone.</summary>
    public static async Task<VehicleWritten> Decide(IDocumentSession session, string vin, long? expectedVersion,
        CommandContext context, string commandName, Func<Vehicle, object> decide, CancellationToken cancellation)
    {
        var stream = await Load(session, vin, expectedVersion, cancellation);
        context.Stamp(session, commandName);
        return Append(stream, decide(stream.Aggregate!));
    }
}

/// <summary>Writes to plate-number streams on behalf of vehicle commands.</summary>
internal static class PlateStream
{
    public static Task<IEventStream<Plate>> Load(IDocumentSession session, string number, CancellationToken cancellation) =>
        session.Events.FetchForWriting<Plate>(VehicleKeys.Plate(number), cancellation);

    public static async Task Assign(IDocumentSession session, string number, Guid vehicleId, string vin,
        string ownerIdNumber, DateTimeOffset now, CancellationToken cancellation)
    {
        var stream = await Load(session, number, cancellation);
        stream.AppendOne(PlateRules.Assign(stream.Aggregate, number, vehicleId, vin, ownerIdNumber, now));
    }

    /// <summary>The number stays on the vehicle; the plate registry learns of the new owner.</summary>
    public static async Task Reassign(IDocumentSession session, string number, Guid vehicleId, string vin,
        string ownerIdNumber, DateTimeOffset now, CancellationToken cancellation)
    {
        var stream = await Load(session, number, cancellation);
        if (stream.Aggregate is not null)
            stream.AppendOne(new PlateAssigned(stream.Id, number, vehicleId, vin, ownerIdNumber, now));
    }

    public static async Task Retain(IDocumentSession session, string number, string holderIdNumber, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var stream = await Load(session, number, cancellation);
        if (stream.Aggregate is not null)
            stream.AppendOne(PlateRules.Retain(stream.Aggregate, holderIdNumber, now));
    }

    public static async Task Release(IDocumentSession session, string? number, string reason, DateTimeOffset now,
        CancellationToken cancellation)
    {
        if (number is null) return;
        var stream = await Load(session, number, cancellation);
        if (stream.Aggregate is not null)
            stream.AppendOne(PlateRules.Release(stream.Aggregate, reason, now));
    }
}
