using static TrafficCqrs.Domain.Catalogue.InternalChecks;
using static TrafficCqrs.Domain.Catalogue.ServiceChannels;

namespace TrafficCqrs.Domain.Catalogue;

public static partial class StandardBusinessTypes
{
    /// <summary>The code of fast settlement of a property-only accident (快处快赔).</summary>
    public const string AccidentFastSettlement = "accident.fast_settlement";

    /// <summary>Accident services.</summary>
    public static readonly IReadOnlyList<BusinessType> Accident =
    [
        new(AccidentFastSettlement, "快处快赔", "Fast settlement of a property-only accident", BusinessAreas.Accident,
            IdOnly: false, Fee: 0m, Channels(Online, Window, Insurer), AgentAllowed: true,
            AnyOffice: true, Checks(Identity, LicenceRecord, CompulsoryInsurance)),
    ];
}
