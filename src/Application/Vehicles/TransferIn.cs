using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>
/// 转入 (异地转籍): the destination office registers the vehicle from its electronic archive (the
/// expected version names the archive the clerk reviewed), with a number the owner selected there.
/// </summary>
public sealed record TransferIn(string Vin, string Plate, long? ExpectedVersion, CommandContext Context);

public static class TransferInHandler
{
    public static async Task<VehicleWritten> Handle(TransferIn command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        command.Context.Stamp(session, nameof(TransferIn));
        return await Receive(session, command.Context.Actor, command.Vin, command.Plate, command.ExpectedVersion,
            clock.GetUtcNow(), cancellation);
    }

    internal static async Task<VehicleWritten> Receive(IDocumentSession session, Actor actor, string? vinText,
        string? plate, long? expectedVersion, DateTimeOffset now, CancellationToken cancellation)
    {
        var vin = VehicleInput.Vin(vinText);
        var number = VehicleInput.Plate(plate);
        var stream = await VehicleStream.Load(session, vin, expectedVersion, cancellation);
        var vehicle = stream.Aggregate!;

        var received = VehicleRules.TransferIn(vehicle, actor.Office, number, stream.CurrentVersion ?? 0, now);
        await PlateStream.Assign(session, number, stream.Id, vin, vehicle.OwnerIdNumber, now, cancellation);
        return VehicleStream.Append(stream, received);
    }
}
