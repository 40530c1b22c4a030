namespace TrafficCqrs.Domain.Catalogue;

/// <summary>
/// The business types the office offers. The standard set below is where an office starts; the
/// catalogue is data, so an office can add types without a code change.
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
    [
        new("licence.replace_lost", "补领机动车驾驶证", "Replace a lost driving licence", "licence", true, 10m),
        new("licence.replace_damaged", "换领机动车驾驶证", "Replace a damaged driving licence", "licence", true, 10m),
        new("licence.renew", "期满换领机动车驾驶证", "Renew a driving licence at expiry", "licence", true, 10m),
        new("licence.contact_change", "驾驶人联系方式变更", "Change a driver's contact details", "licence", true, 0m),
        new("vehicle.replace_plate", "补领、换领号牌", "Replace a number plate", "vehicle", true, 100m),
        new("vehicle.replace_vehicle_licence", "补领、换领行驶证", "Replace a vehicle licence", "vehicle", true, 10m),
        new("vehicle.register_new", "注册登记", "Register a new vehicle", "vehicle", false, 125m),
        new("vehicle.transfer", "转让登记", "Transfer a vehicle's ownership", "vehicle", false, 125m),
    ]);
}
