using System.Security.Cryptography;
using System.Text;

namespace TrafficCqrs.Domain.Vehicles;

/// <summary>
/// Stream ids derived from natural keys, so one VIN, one plate number or one station code always
/// maps to the same stream (name-based, in the manner of a UUID v5).
/// </summary>
public static class VehicleKeys
{
    public static Guid Vehicle(string vin) => Derive("vehicle:" + vin.Trim().ToUpperInvariant());
    public static Guid Plate(string number) => Derive("plate:" + number.Trim().ToUpperInvariant());
    public static Guid Station(string code) => Derive("station:" + code.Trim().ToUpperInvariant());

    private static Guid Derive(string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes("trafficcqrs/" + name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}

/// <summary>The office's calendar day: dates in vehicle rules are China Standard Time days.</summary>
public static class OfficeCalendar
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(ChinaStandardTime).DateTime);
}
