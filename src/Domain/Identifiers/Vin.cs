namespace TrafficCqrs.Domain.Identifiers;

/// <summary>
/// The vehicle identification number (车辆识别代号, GB 16735 / ISO 3779): 17 characters without I,
/// O and Q; the 9th is a check digit computed over the other 16.
/// </summary>
public readonly record struct Vin
{
    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    private const int CheckPosition = 8;

    public string Value { get; }

    private Vin(string value) => Value = value;

    /// <summary>Parses and checks a VIN; on failure says why in words a clerk can act on.</summary>
    public static bool TryParse(string? input, out Vin vin, out string error)
    {
        vin = default;
        var value = input?.Trim().ToUpperInvariant() ?? "";
        if (value.Length != 17)
        {
            error = "A VIN has 17 characters.";
            return false;
        }
        foreach (var c in value)
        {
            if (c is 'I' or 'O' or 'Q')
            {
                error = "A VIN never contains the letters I, O or Q.";
                return false;
            }
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                error = "A VIN has only digits and capital letters.";
                return false;
            }
        }
        if (value[CheckPosition] != CheckDigitFor(value))
        {
            error = "The check digit (9th character) of the VIN does not match (GB 16735).";
            return false;
        }
        vin = new Vin(value);
        error = "";
        return true;
    }

    /// <summary>The check digit for 17 characters; the 9th (the check digit itself) is ignored.</summary>
    public static char CheckDigitFor(ReadOnlySpan<char> vin17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Transliterate(vin17[i]) * Weights[i];
        var remainder = sum % 11;
        return remainder == 10 ? 'X' : (char)('0' + remainder);
    }

    // Letters stand for digits: A–H 1–8, J–R 1–9 (no O, Q), S–Z 2–9.
    private static int Transliterate(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'H' => c - 'A' + 1,
        >= 'J' and <= 'N' => c - 'J' + 1,
        'P' => 7,
        'R' => 9,
        >= 'S' and <= 'Z' => c - 'S' + 2,
        _ => 0,
    };

    public override string ToString() => Value;
}
