using static TrafficCqrs.Domain.Catalogue.InternalChecks;
using static TrafficCqrs.Domain.Catalogue.ServiceChannels;

namespace TrafficCqrs.Domain.Catalogue;

public static partial class StandardBusinessTypes
{
    /// <summary>Business brought to commissioned outlets by the delegation measures (农村服务).</summary>
    public static readonly IReadOnlyList<BusinessType> Outlets =
    [
        // Township points register motorcycles so that rural owners need not travel to the city office.
        new("vehicle.register_motorcycle", "摩托车注册登记", "Register a new motorcycle", BusinessAreas.Vehicle,
            IdOnly: false, Fee: 55m, Channels(Window, RuralPoint), AgentAllowed: true,
            AnyOffice: false, Checks(Identity, CompulsoryInsurance, PurchaseTax)),
    ];
}
