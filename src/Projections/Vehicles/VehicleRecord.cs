using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Projections.Vehicles;

/// <summary>A vehicle as a counter clerk or a patrol looks it up, by VIN or by plate.</summary>
public sealed class VehicleRecord
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Vin { get; set; } = "";
    public string OwnerIdNumber { get; set; } = "";
    public VehicleKind Kind { get; set; }
    public VehicleUse Use { get; set; }
    public int Seats { get; set; }
    public string? Plate { get; set; }
    public string? TemporaryPlate { get; set; }
    public DateOnly? TemporaryPlateValidUntil { get; set; }
    public string Office { get; set; } = "";
    public string? DestinationOffice { get; set; }
    public string HomeProvince { get; set; } = "";
    public VehicleStatus Status { get; set; }
    public DateOnly RegisteredOn { get; set; }
    public DateOnly NextInspectionDue { get; set; }
    public StickerInfo? Sticker { get; set; }
    public LastInspectionInfo? LastInspection { get; set; }
    public VehicleHoldFlags Holds { get; set; } = new();
    public DateTimeOffset LastChangedAt { get; set; }
}

public sealed record StickerInfo(StickerMode Mode, DateOnly ValidUntil, string? StationCode, DateTimeOffset IssuedAt);

public sealed record LastInspectionInfo(string StationCode, string StationProvince, bool Passed, DateOnly InspectedOn);

/// <summary>What keeps the vehicle from changing hands, as the office's own records show it.</summary>
public sealed class VehicleHoldFlags
{
    public bool Seized { get; set; }
    public string? SeizedBy { get; set; }
    public bool Stolen { get; set; }
    public string? MortgagedTo { get; set; }
    public bool Mortgaged => MortgagedTo is not null;
}
