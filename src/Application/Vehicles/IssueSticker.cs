using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>
/// 检验合格标志 / 免检标志: the sticker for the next period, in person after a station inspection or
/// as an exempt car, with the compulsory insurance's end date as the networked record shows it.
/// </summary>
public sealed record IssueSticker(
    string Vin,
    string Mode,
    DateOnly InsuranceValidUntil,
    long? ExpectedVersion,
    CommandContext Context);

public static class IssueStickerHandler
{
    public static async Task<VehicleWritten> Handle(IssueSticker command, IDocumentSession session,
        IVehicleHolds holds, TimeProvider clock, CancellationToken cancellation)
    {
        command.Context.Stamp(session, nameof(IssueSticker));
        return await Issue(session, holds, command.Vin, VehicleInput.Enum<StickerMode>(command.Mode, "mode"),
            command.InsuranceValidUntil, command.ExpectedVersion, clock.GetUtcNow(), cancellation);
    }

    internal static async Task<VehicleWritten> Issue(IDocumentSession session, IVehicleHolds holds, string? vinText,
        StickerMode mode, DateOnly insuranceValidUntil, long? expectedVersion, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var vin = VehicleInput.Vin(vinText);
        var stream = await VehicleStream.Load(session, vin, expectedVersion, cancellation);
        var vehicle = stream.Aggregate!;
        var outstanding = await holds.Outstanding(session, vin, cancellation);
        // The station is looked up now: a certificate from a station that has since lost recognition no longer counts.
        var station = mode == StickerMode.InPerson && vehicle.LastInspection is { } last
            ? await Stations.Find(session, last.StationCode, cancellation)
            : null;

        return VehicleStream.Append(stream,
            VehicleRules.IssueSticker(vehicle, mode, insuranceValidUntil, outstanding.Describe(), station, now));
    }
}
