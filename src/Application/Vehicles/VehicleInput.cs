using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>Checks of the fields vehicle commands carry; a malformed one is a 400 naming the field.</summary>
public static class VehicleInput
{
    public static string Vin(string? value, string field = "vin") =>
        Domain.Identifiers.Vin.TryParse(value, out var vin, out var error) ? vin.Value : throw new InvalidFieldException(field, error);

    public static string Plate(string? value, string field = "plate") =>
        PlateNumber.TryNormalise(value, out var number, out var error) ? number : throw new InvalidFieldException(field, error);

    public static string IdNumber(string? value, string field) =>
        ResidentIdNumber.TryParse(value, out var id, out var error) ? id.Value : throw new InvalidFieldException(field, error);

    public static T Enum<T>(string? value, string field) where T : struct, System.Enum
    {
        var plain = value?.Replace("_", "").Replace("-", "");
        if (!string.IsNullOrWhiteSpace(plain) && !int.TryParse(plain, out _)
            && System.Enum.TryParse<T>(plain, ignoreCase: true, out var parsed))
            return parsed;
        throw new InvalidFieldException(field,
            $"Expected one of: {string.Join(", ", System.Enum.GetNames<T>().Select(Snake))}.");
    }

    public static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidFieldException(field, "This field is required.") : value.Trim();

    public static string Snake(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
