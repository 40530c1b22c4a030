using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Vehicles;

// One stream per plate number (VehicleKeys.Plate): the stream is what makes a number held by one
// vehicle at a time, because two writers of the same stream cannot both win.

/// <summary>选号: an applicant chose this number, from the numbers offered to them, for a vehicle.</summary>
[EventName("plate.selected")]
public sealed record PlateSelected(
    Guid PlateId,
    string Number,
    string Vin,
    string ApplicantIdNumber,
    Guid OfferId,
    DateTimeOffset SelectedAt);

/// <summary>The number went on a vehicle.</summary>
[EventName("plate.assigned")]
public sealed record PlateAssigned(
    Guid PlateId,
    string Number,
    Guid VehicleId,
    string Vin,
    string OwnerIdNumber,
    DateTimeOffset AssignedAt);

/// <summary>保留号牌号码: the seller of a vehicle keeps the number for a later vehicle, until a deadline.</summary>
[EventName("plate.retained")]
public sealed record PlateRetained(
    Guid PlateId,
    string Number,
    string HolderIdNumber,
    DateOnly RetainedUntil,
    DateTimeOffset RetainedAt);

/// <summary>The number went back to the pool.</summary>
[EventName("plate.released")]
public sealed record PlateReleased(Guid PlateId, string Number, string Reason, DateTimeOffset ReleasedAt);
