using System.Globalization;

namespace TrafficCqrs.Domain.Identifiers;

/// <summary>
/// The resident identity card number (公民身份号码, GB 11643): 6-digit area, 8-digit birth date,
/// 3-digit sequence and a check character computed over the first 17.
/// </summary>
public readonly record struct ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public string Value { get; }
    public DateOnly BirthDate { get; }

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>Parses and checks a number; on failure says why in words a clerk can act on.</summary>
    public static bool TryParse(string? input, out ResidentIdNumber number, out string error)
    {
        number = default;
        var value = input?.Trim().ToUpperInvariant() ?? "";
        if (value.Length != 18)
        {
            error = "An ID number has 18 characters.";
            return false;
        }
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                error = "The first 17 characters of an ID number are digits.";
                return false;
            }
        }
        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var birth) || birth.Year < 1900)
        {
            error = "Characters 7 to 14 of an ID number are not a valid birth date.";
            return false;
        }
        if (value[17] != CheckCharacterFor(value.AsSpan(0, 17)))
        {
            error = "The check character of the ID number does not match (GB 11643).";
            return false;
        }
        number = new ResidentIdNumber(value, birth);
        error = "";
        return true;
    }

    public static char CheckCharacterFor(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    /// <summary>First 6 and last 4 shown, the rest hidden: for anyone not handling the case.</summary>
    public static string Mask(string? value) =>
        value is { Length: > 10 } ? value[..6] + new string('*', value.Length - 10) + value[^4..] : "****";

    public override string ToString() => Value;
}
