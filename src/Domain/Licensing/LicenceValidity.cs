namespace TrafficCqrs.Domain.Licensing;

/// <summary>The validity steps of a licence: 6 years, then 10, then long-term (长期).</summary>
public enum LicenceValidity
{
    SixYears,
    TenYears,
    LongTerm,
}

public static class LicenceValidityExtensions
{
    public static int? Years(this LicenceValidity validity) => validity switch
    {
        LicenceValidity.SixYears => 6,
        LicenceValidity.TenYears => 10,
        _ => null,
    };

    public static LicenceValidity Next(this LicenceValidity validity) => validity switch
    {
        LicenceValidity.SixYears => LicenceValidity.TenYears,
        _ => LicenceValidity.LongTerm,
    };

    /// <summary>
    /// The expiry of a term starting on <paramref name="from"/> (printed "from … to …", valid through
    /// that day; the next term starts on it); null when long-term.
    /// </summary>
    public static DateOnly? Until(this LicenceValidity validity, DateOnly from) =>
        validity.Years() is { } years ? from.AddYears(years) : null;
}
