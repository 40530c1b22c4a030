using System.Text.Json;
using System.Text.RegularExpressions;

namespace TrafficCqrs.Domain.Supervision;

/// <summary>What a supervisor may ask a timeline about (全过程留痕).</summary>
public static class TraceKeyKinds
{
    // Keys of a stream: every event of a stream that names one of these, from that event on.
    public const string Case = "case";
    public const string IdNumber = "idNumber";
    public const string Vin = "vin";
    public const string Plate = "plate";
    public const string Outlet = "outlet";

    // Kinds looked up per event (on the event table's own indexes): who acted, and where.
    public const string User = "user";
    public const string Office = "office";
}

/// <summary>
/// Finds, in a stored event's body, the people, vehicles, outlets and cases it concerns. Driven by
/// the property names the events use (applicantIdNumber, ownerIdNumber, vin, plate, outlet, caseId …),
/// so events of a new area are indexed without a change here as long as they follow the naming; an
/// event that does not can be given its properties in <see cref="ExtraProperties"/>.
/// </summary>
public static partial class TraceKeys
{
    private const int MaxDepth = 4;

    /// <summary>Properties that name a key although their names do not say so, by event name.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Property, string Kind)>> ExtraProperties =
        new Dictionary<string, IReadOnlyList<(string, string)>>
        {
            // The outlet's own stream (commission, suspension, refusals) belongs on the outlet's timeline.
            ["outlet.commissioned"] = [("code", TraceKeyKinds.Outlet)],
        };

    public static IReadOnlyList<(string Kind, string Value)> FromData(string eventType, JsonElement data)
    {
        var keys = new HashSet<(string, string)>();
        Collect(data, keys, 0);
        if (ExtraProperties.TryGetValue(eventType, out var extras) && data.ValueKind == JsonValueKind.Object)
            foreach (var (property, kind) in extras)
                if (data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String)
                    Add(keys, kind, value.GetString());
        return keys.ToList();
    }

    /// <summary>The kind of key a property name denotes, or null. Names are the stored camelCase ones.</summary>
    public static string? KindOf(string property) => property switch
    {
        "caseId" => TraceKeyKinds.Case,
        "idNumber" => TraceKeyKinds.IdNumber,
        _ when property.EndsWith("IdNumber", StringComparison.Ordinal) => TraceKeyKinds.IdNumber,
        "vin" => TraceKeyKinds.Vin,
        _ when property.EndsWith("Vin", StringComparison.Ordinal) => TraceKeyKinds.Vin,
        "plate" or "plateNumber" => TraceKeyKinds.Plate,
        _ when property.EndsWith("Plate", StringComparison.Ordinal)
               || property.EndsWith("PlateNumber", StringComparison.Ordinal) => TraceKeyKinds.Plate,
        "outlet" or "outletCode" or "outletId" => TraceKeyKinds.Outlet,
        "clerk" => TraceKeyKinds.User,
        _ => null,
    };

    /// <summary>A case's subject may be a VIN or a plate; which one is told by its shape.</summary>
    public static string? KindOfSubject(string subject) =>
        VinShape().IsMatch(subject) ? TraceKeyKinds.Vin
        : PlateShape().IsMatch(subject) ? TraceKeyKinds.Plate
        : null;

    public static string Normalise(string kind, string value) =>
        kind is TraceKeyKinds.IdNumber or TraceKeyKinds.Vin or TraceKeyKinds.Plate
            ? value.Trim().ToUpperInvariant()
            : value.Trim();

    private static void Collect(JsonElement element, HashSet<(string, string)> keys, int depth)
    {
        if (depth > MaxDepth) return;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                // A sanction or inspection names its target by kind and code: an outlet's is an outlet key.
                if (element.TryGetProperty("targetKind", out var targetKind) && element.TryGetProperty("targetCode", out var targetCode)
                    && targetKind.ValueKind == JsonValueKind.String && targetCode.ValueKind == JsonValueKind.String)
                    Add(keys, targetKind.GetString()!, targetCode.GetString());
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String)
                    {
                        var value = property.Value.GetString();
                        var kind = property.Name == "subject" && value is not null
                            ? KindOfSubject(value.Trim().ToUpperInvariant())
                            : KindOf(property.Name);
                        if (kind is not null) Add(keys, kind, value);
                    }
                    else
                    {
                        Collect(property.Value, keys, depth + 1);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, keys, depth + 1);
                break;
        }
    }

    private static void Add(HashSet<(string, string)> keys, string kind, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) keys.Add((kind, Normalise(kind, value)));
    }

    [GeneratedRegex("^[A-HJ-NPR-Z0-9]{17}$")]
    private static partial Regex VinShape();

    // Province character, issuing letter, then 5 (or 6 for new-energy) letters and digits.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}[A-Z][A-Z0-9]{5,6}$")]
    private static partial Regex PlateShape();
}
