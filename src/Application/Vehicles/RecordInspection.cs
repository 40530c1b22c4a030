using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>A station's inspection result goes on the vehicle's record (accepted only from a recognised station).</summary>
public sealed record RecordInspection(
    string Vin,
    string StationCode,
    bool Passed,
    DateOnly InspectedOn,
    long? ExpectedVersion,
    CommandContext Context);

public static class RecordInspectionHandler
{
    public static async Task<VehicleWritten> Handle(RecordInspection command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var vin = VehicleInput.Vin(command.Vin);
        var code = VehicleInput.Required(command.StationCode, "stationCode");
        var station = await Stations.Find(session, code, cancellation);
        return await VehicleStream.Decide(session, vin, command.ExpectedVersion, command.Context,
            nameof(RecordInspection),
            v => VehicleRules.RecordInspection(v, station, command.Passed, command.InspectedOn, clock.GetUtcNow()),
            cancellation);
    }
}

internal static class Stations
{
    public static Task<InspectionStation?> Find(IQuerySession session, string code, CancellationToken cancellation) =>
        session.Events.AggregateStreamAsync<InspectionStation>(VehicleKeys.Station(code), token: cancellation);
}
