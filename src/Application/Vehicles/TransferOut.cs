using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>
/// 转出 (异地转籍): the origin office releases the vehicle to another office. Its history is the
/// electronic archive the destination reads; the owner drives there on a temporary plate.
/// </summary>
public sealed record TransferOut(
    string Vin,
    string DestinationOffice,
    bool LenderConsent,
    long? ExpectedVersion,
    CommandContext Context);

public static class TransferOutHandler
{
    public static async Task<VehicleWritten> Handle(TransferOut command, IDocumentSession session,
        IVehicleHolds holds, TimeProvider clock, CancellationToken cancellation)
    {
        command.Context.Stamp(session, nameof(TransferOut));
        return await Send(session, holds, command.Context.Actor, command.Vin, command.DestinationOffice,
            command.LenderConsent, command.ExpectedVersion, clock.GetUtcNow(), cancellation);
    }

    internal static async Task<VehicleWritten> Send(IDocumentSession session, IVehicleHolds holds, Actor actor,
        string? vinText, string? destinationOffice, bool lenderConsent, long? expectedVersion, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var vin = VehicleInput.Vin(vinText);
        var destination = VehicleInput.Required(destinationOffice, "destinationOffice");
        var stream = await VehicleStream.Load(session, vin, expectedVersion, cancellation);
        var outstanding = await holds.Outstanding(session, vin, cancellation);

        // The archive handed over is the history up to and including this event.
        var archiveVersion = (stream.CurrentVersion ?? 0) + 1;
        var sent = VehicleRules.TransferOut(stream.Aggregate!, destination, TemporaryPlate(), lenderConsent,
            outstanding.Describe(), archiveVersion, actor.Office, now);

        await PlateStream.Release(session, sent.ReleasedPlate, "vehicle transferred out", now, cancellation);
        return VehicleStream.Append(stream, sent);
    }

    /// <summary>A temporary plate (临时号牌) number; its 30-day validity is the domain's rule.</summary>
    private static string TemporaryPlate() => "临" + Random.Shared.Next(0, 1_000_000).ToString("000000");
}
