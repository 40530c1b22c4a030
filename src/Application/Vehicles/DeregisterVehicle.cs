using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>注销登记: the vehicle leaves the register (scrapped, exported …); its number returns to the pool.</summary>
public sealed record DeregisterVehicle(string Vin, string Reason, long? ExpectedVersion, CommandContext Context);

public static class DeregisterVehicleHandler
{
    public static async Task<VehicleWritten> Handle(DeregisterVehicle command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var stream = await VehicleStream.Load(session, VehicleInput.Vin(command.Vin), command.ExpectedVersion, cancellation);
        var deregistered = VehicleRules.Deregister(stream.Aggregate!, command.Reason, now);
        command.Context.Stamp(session, nameof(DeregisterVehicle));
        await PlateStream.Release(session, deregistered.ReleasedPlate, "vehicle deregistered", now, cancellation);
        return VehicleStream.Append(stream, deregistered);
    }
}
