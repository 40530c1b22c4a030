using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>The office's own holds on a vehicle, placed and lifted (抵押, 查封, 被盗抢).</summary>
public enum VehicleHoldChange
{
    Mortgage,
    ReleaseMortgage,
    Seize,
    ReleaseSeizure,
    ReportStolen,
    Recover,
}

/// <summary>
/// A hold placed on or lifted from a vehicle. <paramref name="Party"/> is the lender, the seizing
/// authority or the theft report's reference; <paramref name="Reason"/> the seizure's reason.
/// </summary>
public sealed record ChangeVehicleHold(
    string Vin,
    VehicleHoldChange Change,
    string? Party,
    string? Reason,
    long? ExpectedVersion,
    CommandContext Context);

public static class ChangeVehicleHoldHandler
{
    public static Task<VehicleWritten> Handle(ChangeVehicleHold command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var party = command.Party ?? "";
        return VehicleStream.Decide(session, VehicleInput.Vin(command.Vin), command.ExpectedVersion, command.Context,
            nameof(ChangeVehicleHold), v => command.Change switch
            {
                VehicleHoldChange.Mortgage => VehicleRules.Mortgage(v, party, now),
                VehicleHoldChange.ReleaseMortgage => VehicleRules.ReleaseMortgage(v, now),
                VehicleHoldChange.Seize => VehicleRules.Seize(v, party, command.Reason ?? "", now),
                VehicleHoldChange.ReleaseSeizure => VehicleRules.ReleaseSeizure(v, now),
                VehicleHoldChange.ReportStolen => VehicleRules.ReportStolen(v, party, now),
                _ => (object)VehicleRules.Recover(v, now),
            }, cancellation);
    }
}
