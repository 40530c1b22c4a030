namespace TrafficCqrs.Domain.Catalogue;

/// <summary>
/// The business types the office offers. The standard set (one file per area) is where an office
/// starts; the catalogue is data, so an office can add types without a code change.
/// </summary>
public sealed class BusinessCatalogue
{
    private readonly Dictionary<string, BusinessType> _byCode;

    public BusinessCatalogue(IEnumerable<BusinessType> types)
    {
        _byCode = types.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<BusinessType> All => _byCode.Values;

    public BusinessType? Find(string? code) =>
        code is not null && _byCode.TryGetValue(code, out var type) ? type : null;

    public static BusinessCatalogue Standard { get; } = new(
        StandardBusinessTypes.Licence
            .Concat(StandardBusinessTypes.Vehicle)
            .Concat(StandardBusinessTypes.Violation)
            .Concat(StandardBusinessTypes.Accident)
            .Concat(StandardBusinessTypes.Outlets));
}
