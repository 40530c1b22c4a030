using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.WindowService;

/// <summary>
/// An office added a business type to its catalogue or replaced one, as it stands after the change.
/// Kept on one stream per code, so who changed the catalogue and when is on record.
/// </summary>
[EventName("catalogue.business_type_defined")]
public sealed record BusinessTypeDefined(BusinessType Type, bool Replaced, DateTimeOffset DefinedAt)
{
    public static Guid StreamId(string code) => DeterministicIds.For("catalogue", code.ToLowerInvariant());
}
