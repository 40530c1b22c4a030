namespace TrafficCqrs.Domain.Violations;

/// <summary>
/// A number plate (号牌号码), checked minimally: a province character (陕 for Shaanxi), the issuing
/// authority's letter, then 5 characters (6 for new-energy vehicles), letters or digits.
/// </summary>
public static class PlateNumber
{
    // The 31 provincial abbreviations used on plates.
    private const string Provinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    /// <summary>Normalises (trims, upper-cases, drops a middle dot or space) and checks a plate; says why when it fails.</summary>
    public static bool TryNormalise(string? input, out string plate, out string error)
    {
        plate = "";
        var value = (input ?? "").Trim().ToUpperInvariant().Replace("·", "").Replace(" ", "");
        if (value.Length is < 7 or > 8)
        {
            error = "A plate has a province character, a letter and 5 or 6 letters or digits.";
            return false;
        }
        if (!Provinces.Contains(value[0]))
        {
            error = "A plate starts with a province character, e.g. 陕.";
            return false;
        }
        if (!char.IsAsciiLetterUpper(value[1]))
        {
            error = "The second character of a plate is the issuing authority's letter.";
            return false;
        }
        for (var i = 2; i < value.Length; i++)
        {
            if (!char.IsAsciiLetterUpper(value[i]) && !char.IsAsciiDigit(value[i]))
            {
                error = "After the province and letter, a plate has only letters and digits.";
                return false;
            }
        }
        plate = value;
        error = "";
        return true;
    }
}
