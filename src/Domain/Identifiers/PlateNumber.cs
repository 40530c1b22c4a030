namespace TrafficCqrs.Domain.Identifiers;

/// <summary>
/// A number plate (号牌号码): province character (陕 for Shaanxi) + issuing-authority letter + 5
/// characters, or 6 for a new-energy vehicle. One rule for every area: a violation or an accident
/// names a plate the way the vehicle register issues it.
/// </summary>
public static class PlateNumber
{
    public const string Provinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    /// <summary>Characters a number is drawn from: digits and capital letters without I and O.</summary>
    public const string PoolCharacters = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>Normalises (trims, upper-cases, drops a middle dot or space) and checks a plate; says why when it fails.</summary>
    public static bool TryNormalise(string? input, out string number, out string error)
    {
        number = input?.Trim().ToUpperInvariant().Replace(" ", "").Replace("·", "") ?? "";
        if (number.Length is not (7 or 8))
            error = "A plate number has a province character, a letter and 5 characters (6 for new energy).";
        else if (!Provinces.Contains(number[0]))
            error = "A plate number starts with a province character, e.g. 陕.";
        else if (!char.IsAsciiLetterUpper(number[1]))
            error = "The second character of a plate number is the issuing authority's letter.";
        else if (!number[2..].All(PoolCharacters.Contains))
            error = "After the prefix a plate number has only digits and capital letters other than I and O.";
        else
        {
            error = "";
            return true;
        }
        return false;
    }

    public static bool IsPrefix(string? prefix) =>
        prefix is { Length: 2 } && Provinces.Contains(prefix[0]) && char.IsAsciiLetterUpper(prefix[1]);

    /// <summary>The province a plate belongs to: its first character.</summary>
    public static string ProvinceOf(string number) => number[..1];
}
