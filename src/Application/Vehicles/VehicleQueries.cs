using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Vehicles;
using TrafficCqrs.Projections.Vehicles;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>Whether a plate number is free, and if not, in what way it is held.</summary>
public sealed record PlateAvailability(string Number, bool Free, PlateStatus Status, string? Vin, DateOnly? RetainedUntil);

/// <summary>One entry of a vehicle's electronic archive (电子档案): what happened, when, where and by whom.</summary>
public sealed record ArchiveEntry(
    long Version,
    string Event,
    DateTimeOffset RecordedAt,
    string? Office,
    string? Channel,
    string? User,
    string? Command,
    object Data);

public static class VehicleQueries
{
    public static Task<VehicleRecord?> ByVin(IQuerySession session, string vin, CancellationToken cancellation) =>
        session.LoadAsync<VehicleRecord>(VehicleKeys.Vehicle(vin), cancellation);

    /// <summary>By its plate, or by the temporary plate it carries while transferred out.</summary>
    public static Task<VehicleRecord?> ByPlate(IQuerySession session, string number, CancellationToken cancellation) =>
        session.Query<VehicleRecord>()
            .Where(x => x.Plate == number || x.TemporaryPlate == number)
            .FirstOrDefaultAsync(cancellation);

    public static async Task<PlateAvailability> Plate(IQuerySession session, string number, DateOnly today,
        CancellationToken cancellation)
    {
        var record = await session.LoadAsync<PlateRecord>(VehicleKeys.Plate(number), cancellation);
        if (record is null) return new PlateAvailability(number, true, PlateStatus.Free, null, null);
        return new PlateAvailability(number, record.IsFreeOn(today), record.Status, record.Vin, record.RetainedUntil);
    }

    /// <summary>The vehicle's whole history, oldest first: what the destination office reads instead of a paper file.</summary>
    public static async Task<IReadOnlyList<ArchiveEntry>> Archive(IQuerySession session, string vin,
        CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(VehicleKeys.Vehicle(vin), token: cancellation);
        if (events.Count == 0) throw new NotFoundException($"No vehicle with VIN {vin} is registered.");
        return events.Select(e => new ArchiveEntry(e.Version, e.EventTypeName, e.Timestamp,
            Header(e.Headers, EventHeaders.Office), Header(e.Headers, EventHeaders.Channel), e.UserName,
            Header(e.Headers, EventHeaders.Command), e.Data)).ToList();
    }

    public static Task<InspectionStation?> Station(IQuerySession session, string code, CancellationToken cancellation) =>
        Stations.Find(session, code.Trim().ToUpperInvariant(), cancellation);

    private static string? Header(Dictionary<string, object>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value) ? value?.ToString() : null;
}
