using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Vehicles;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>An inspection station is recognised: its certificates count from now on.</summary>
public sealed record RecogniseStation(string Code, string Name, string Province, CommandContext Context);

/// <summary>A station loses recognition (e.g. for false results): its certificates no longer count.</summary>
public sealed record RevokeStationRecognition(string Code, string Reason, CommandContext Context);

public sealed record StationWritten(string Code, long Version);

public static class RecogniseStationHandler
{
    public static StationWritten Handle(RecogniseStation command, IDocumentSession session, TimeProvider clock)
    {
        var code = VehicleInput.Required(command.Code, "code").ToUpperInvariant();
        var province = VehicleInput.Required(command.Province, "province");
        if (province.Length != 1 || !PlateNumber.Provinces.Contains(province[0]))
            throw new InvalidFieldException("province", "A province is its one-character abbreviation, e.g. 陕.");
        var recognised = VehicleRules.RecogniseStation(code, command.Name ?? "", province, clock.GetUtcNow());
        command.Context.Stamp(session, nameof(RecogniseStation));
        // A station already on record collides (409).
        session.Events.StartStream<InspectionStation>(recognised.StationId, recognised);
        return new StationWritten(code, 1);
    }
}

public static class RevokeStationRecognitionHandler
{
    public static async Task<StationWritten> Handle(RevokeStationRecognition command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var code = VehicleInput.Required(command.Code, "code").ToUpperInvariant();
        var stream = await session.Events.FetchForWriting<InspectionStation>(VehicleKeys.Station(code), cancellation);
        if (stream.Aggregate is null) throw new NotFoundException($"No inspection station {code}.");
        var revoked = VehicleRules.RevokeStation(stream.Aggregate, command.Reason ?? "", clock.GetUtcNow());
        command.Context.Stamp(session, nameof(RevokeStationRecognition));
        stream.AppendOne(revoked);
        return new StationWritten(code, (stream.CurrentVersion ?? 0) + 1);
    }
}
