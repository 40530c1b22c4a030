namespace TrafficCqrs.Projections.Vehicles;

/// <summary>
/// Something outside the vehicle register that must be cleared before the vehicle changes hands or
/// gets an inspection sticker: an unhandled violation or an unresolved accident.
/// Written by the violations and accidents areas: store one document per matter with
/// <c>Id = "{Kind}:{Reference}"</c> (e.g. "violation:V2026-001"), the VIN it concerns, and set
/// <see cref="ClearedAt"/> when it is dealt with (or delete it). The vehicle rules read every
/// uncleared hold for a VIN through Application's <c>IVehicleHolds</c>.
/// </summary>
public sealed class VehicleHold
{
    public const string Violation = "violation";
    public const string Accident = "accident";

    public string Id { get; set; } = "";
    public string Vin { get; set; } = "";
    /// <summary><see cref="Violation"/> or <see cref="Accident"/>.</summary>
    public string Kind { get; set; } = "";
    public string Reference { get; set; } = "";
    public string Description { get; set; } = "";
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? ClearedAt { get; set; }

    public static string IdFor(string kind, string reference) => kind + ":" + reference;
}
