using System.Reflection;
using System.Text.RegularExpressions;

namespace TrafficCqrs.Domain.Catalogue;

/// <summary>
/// The business types the office offers. The standard set (one file per area) is where an office
/// starts; the catalogue is data, so an office can add types without a code change: the running
/// catalogue is loaded from the office's stored types and reloaded when one changes.
/// </summary>
public sealed partial class BusinessCatalogue
{
    // Replaced whole on reload, so a reader never sees a half-changed catalogue.
    private volatile Dictionary<string, BusinessType> _byCode;
    private readonly bool _frozen;

    public BusinessCatalogue(IEnumerable<BusinessType> types) : this(types, frozen: false)
    {
    }

    private BusinessCatalogue(IEnumerable<BusinessType> types, bool frozen)
    {
        _byCode = Index(types);
        _frozen = frozen;
    }

    public IReadOnlyCollection<BusinessType> All => _byCode.Values;

    public BusinessType? Find(string? code) =>
        code is not null && _byCode.TryGetValue(code, out var type) ? type : null;

    /// <summary>Replaces the whole catalogue with the office's current types.</summary>
    public void Reload(IEnumerable<BusinessType> types)
    {
        if (_frozen) throw new InvalidOperationException("The standard catalogue is the seed; it does not change.");
        _byCode = Index(types);
    }

    /// <summary>The types every office starts with; the seed of the stored catalogue.</summary>
    public static BusinessCatalogue Standard { get; } = new(
        StandardBusinessTypes.Licence
            .Concat(StandardBusinessTypes.Vehicle)
            .Concat(StandardBusinessTypes.Violation)
            .Concat(StandardBusinessTypes.Accident)
            .Concat(StandardBusinessTypes.Outlets), frozen: true);

    private static Dictionary<string, BusinessType> Index(IEnumerable<BusinessType> types) =>
        types.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The internal checks the system knows (every constant of <see cref="InternalChecks"/>).</summary>
    public static IReadOnlyList<string> KnownChecks { get; } = typeof(InternalChecks)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    private static readonly IReadOnlyList<string> Areas =
        [BusinessAreas.Licence, BusinessAreas.Vehicle, BusinessAreas.Violation, BusinessAreas.Accident];

    /// <summary>The channels that are commissioned outlets (代办网点), staffed by agents.</summary>
    public static readonly IReadOnlyList<string> OutletChannels =
    [
        ServiceChannels.PostOffice, ServiceChannels.Dealer, ServiceChannels.UsedCarMarket, ServiceChannels.Insurer,
        ServiceChannels.RuralPoint, ServiceChannels.InspectionStation,
    ];

    /// <summary>Largest fee an office may set for one business, in yuan (a typo guard, not a tariff).</summary>
    public const decimal MaxFee = 10_000m;

    /// <summary>
    /// What is wrong with a type an office wants to add or replace, field by field (empty when it
    /// may be stored). Codes are lower case, "area.name", and start with their area.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> Problems(BusinessType type)
    {
        var problems = new List<(string, string)>();
        var codeWellFormed = !string.IsNullOrWhiteSpace(type.Code) && CodePattern().IsMatch(type.Code);
        if (!codeWellFormed)
            problems.Add(("code", "A code is lower case, like licence.replace_lost: area, a dot, then a name of letters, digits and underscores."));
        if (string.IsNullOrWhiteSpace(type.NameZh))
            problems.Add(("nameZh", "The office's own (Chinese) name is required."));
        if (string.IsNullOrWhiteSpace(type.NameEn))
            problems.Add(("nameEn", "The English name is required."));
        if (!Areas.Contains(type.Area))
            problems.Add(("area", $"Area must be one of: {string.Join(", ", Areas)}."));
        else if (codeWellFormed && !type.Code.StartsWith(type.Area + ".", StringComparison.Ordinal))
            problems.Add(("code", $"The code of a {type.Area} business starts with \"{type.Area}.\"."));
        if (type.Fee < 0m || type.Fee > MaxFee || decimal.Round(type.Fee, 2) != type.Fee)
            problems.Add(("fee", $"The fee is in yuan, from 0 to {MaxFee:0}, with at most two decimals."));
        if (type.Channels is null || type.Channels.Count == 0)
            problems.Add(("channels", "At least one channel is required."));
        else if (type.Channels.FirstOrDefault(c => !ServiceChannels.All.Contains(c)) is { } channel)
            problems.Add(("channels", $"Unknown channel '{channel}'; channels are: {string.Join(", ", ServiceChannels.All)}."));
        else if (!type.AgentAllowed && type.Channels.FirstOrDefault(c => OutletChannels.Contains(c)) is { } outlet)
            problems.Add(("agentAllowed", $"Channel '{outlet}' is a commissioned outlet, which needs agentAllowed."));
        if (type.InternalChecks is null)
            problems.Add(("internalChecks", "The list of internal checks is required (it may be empty)."));
        else if (type.InternalChecks.FirstOrDefault(c => !KnownChecks.Contains(c)) is { } check)
            problems.Add(("internalChecks", $"Unknown check '{check}'; checks are: {string.Join(", ", KnownChecks)}."));
        return problems;
    }

    [GeneratedRegex("^[a-z]+\\.[a-z0-9_]+$")]
    private static partial Regex CodePattern();
}
