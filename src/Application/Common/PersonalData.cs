using System.Text.Json.Nodes;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Application.Common;

/// <summary>
/// Personal data (个人信息) in what the API returns: ID numbers, names, phone numbers, addresses
/// and e-mail addresses, recognised by the field's name so that new read models are covered when
/// they name their fields plainly (ownerIdNumber, applicantName, phone, address …).
/// </summary>
public static class PersonalData
{
    // Fields ending in "name" that name a thing or a member of staff, not a citizen.
    private static readonly HashSet<string> NotPersonalNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "userName", "eventTypeName", "typeName", "businessTypeName", "officeName", "outletName", "stationName",
        "insurerName", "venueName", "fileName", "displayName", "checkName", "courseName", "projectionName",
    };

    public enum Kind { None, IdNumber, Name, Phone, Address, Email }

    public static Kind KindOf(string field)
    {
        var f = field.ToLowerInvariant();
        if (f.EndsWith("idnumber", StringComparison.Ordinal)) return Kind.IdNumber;
        if (f.Contains("phone", StringComparison.Ordinal) || f.Contains("mobile", StringComparison.Ordinal)) return Kind.Phone;
        if (f.Contains("address", StringComparison.Ordinal)) return Kind.Address;
        if (f.Contains("email", StringComparison.Ordinal)) return Kind.Email;
        if ((f == "name" || f.EndsWith("name", StringComparison.Ordinal)) && !NotPersonalNames.Contains(field)) return Kind.Name;
        return Kind.None;
    }

    public static string Mask(Kind kind, string value) => kind switch
    {
        Kind.IdNumber => ResidentIdNumber.Mask(value),
        Kind.Phone => value.Length >= 7 ? value[..3] + new string('*', value.Length - 7) + value[^4..] : "****",
        Kind.Name => value.Length switch { 0 => "", 1 => "*", _ => value[..1] + new string('*', value.Length - 1) },
        Kind.Address => value.Length > 6 ? value[..6] + "****" : "****",
        Kind.Email => value.IndexOf('@') is > 0 and var at ? value[..1] + "***" + value[at..] : "****",
        _ => value,
    };

    /// <summary>Masks every personal field in a JSON document, at any depth, in place; returns it.</summary>
    public static JsonNode? MaskAll(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    var kind = KindOf(name);
                    if (kind != Kind.None && child is JsonValue value)
                        obj[name] = Mask(kind, value.ToString());
                    else
                        MaskAll(child);
                }
                break;
            case JsonArray array:
                foreach (var child in array) MaskAll(child);
                break;
        }
        return node;
    }
}
