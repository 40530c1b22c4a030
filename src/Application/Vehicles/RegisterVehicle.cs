using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>注册登记: a new vehicle enters the register with the number its owner selected.</summary>
public sealed record RegisterVehicle(
    string Vin,
    string OwnerIdNumber,
    string Kind,
    string Use,
    int Seats,
    string Plate,
    CommandContext Context);

public static class RegisterVehicleHandler
{
    public static async Task<VehicleWritten> Handle(RegisterVehicle command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        command.Context.Stamp(session, nameof(RegisterVehicle));
        return await Register(session, command.Context.Actor, command.Vin, command.OwnerIdNumber, command.Kind,
            command.Use, command.Seats, command.Plate, clock.GetUtcNow(), cancellation);
    }

    /// <summary>Starts the vehicle's stream and puts the number on it; also used when a registration case completes.</summary>
    internal static async Task<VehicleWritten> Register(IDocumentSession session, Actor actor, string? vinText,
        string? ownerIdNumber, string? kind, string? use, int seats, string? plate, DateTimeOffset now,
        CancellationToken cancellation)
    {
        Vin.TryParse(VehicleInput.Vin(vinText), out var vin, out _);
        var owner = VehicleInput.IdNumber(ownerIdNumber, "ownerIdNumber");
        var number = VehicleInput.Plate(plate);
        var registered = VehicleRules.Register(vin, owner, VehicleInput.Enum<VehicleKind>(kind, "kind"),
            VehicleInput.Enum<VehicleUse>(use, "use"), seats, number, actor.Office, now);

        await PlateStream.Assign(session, number, registered.VehicleId, vin.Value, owner, now, cancellation);
        // A VIN already registered collides here (409): one stream per vehicle.
        session.Events.StartStream<Vehicle>(registered.VehicleId, registered);
        return new VehicleWritten(vin.Value, registered.VehicleId, 1);
    }
}
