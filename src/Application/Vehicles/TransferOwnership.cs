using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>
/// 转让登记: the vehicle changes hands within the region. The number stays on the vehicle, unless the
/// seller keeps it (then the buyer brings a newly selected number).
/// </summary>
public sealed record TransferOwnership(
    string Vin,
    string BuyerIdNumber,
    DateOnly DeliveredOn,
    bool LenderConsent,
    bool SellerKeepsNumber,
    string? NewPlate,
    long? ExpectedVersion,
    CommandContext Context);

public static class TransferOwnershipHandler
{
    public static async Task<VehicleWritten> Handle(TransferOwnership command, IDocumentSession session,
        IVehicleHolds holds, TimeProvider clock, CancellationToken cancellation)
    {
        command.Context.Stamp(session, nameof(TransferOwnership));
        return await Transfer(session, holds, command.Context.Actor, command.Vin, command.BuyerIdNumber,
            command.DeliveredOn, command.LenderConsent, command.SellerKeepsNumber, command.NewPlate,
            command.ExpectedVersion, clock.GetUtcNow(), cancellation);
    }

    internal static async Task<VehicleWritten> Transfer(IDocumentSession session, IVehicleHolds holds, Actor actor,
        string? vinText, string? buyerIdNumber, DateOnly deliveredOn, bool lenderConsent, bool sellerKeepsNumber,
        string? newPlate, long? expectedVersion, DateTimeOffset now, CancellationToken cancellation)
    {
        var vin = VehicleInput.Vin(vinText);
        var buyer = VehicleInput.IdNumber(buyerIdNumber, "buyerIdNumber");
        var plate = string.IsNullOrWhiteSpace(newPlate) ? null : VehicleInput.Plate(newPlate, "newPlate");
        var stream = await VehicleStream.Load(session, vin, expectedVersion, cancellation);
        var outstanding = await holds.Outstanding(session, vin, cancellation);

        var transferred = VehicleRules.Transfer(stream.Aggregate!, buyer, deliveredOn, lenderConsent,
            sellerKeepsNumber, plate, outstanding.Describe(), actor.Office, now);

        if (transferred.Plate == transferred.PreviousPlate)
        {
            await PlateStream.Reassign(session, transferred.Plate, stream.Id, vin, buyer, now, cancellation);
        }
        else
        {
            await PlateStream.Assign(session, transferred.Plate, stream.Id, vin, buyer, now, cancellation);
            if (transferred.SellerKeptNumber)
                await PlateStream.Retain(session, transferred.PreviousPlate, transferred.SellerIdNumber, now, cancellation);
            else
                await PlateStream.Release(session, transferred.PreviousPlate, "replaced on transfer", now, cancellation);
        }
        return VehicleStream.Append(stream, transferred);
    }
}
