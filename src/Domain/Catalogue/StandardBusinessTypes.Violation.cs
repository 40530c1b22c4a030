using static TrafficCqrs.Domain.Catalogue.InternalChecks;
using static TrafficCqrs.Domain.Catalogue.ServiceChannels;

namespace TrafficCqrs.Domain.Catalogue;

public static partial class StandardBusinessTypes
{
    /// <summary>The code of violation handling; its channels are where a violation may be handled.</summary>
    public const string ViolationHandling = "violation.handle";

    /// <summary>Traffic violation services.</summary>
    public static readonly IReadOnlyList<BusinessType> Violation =
    [
        new(ViolationHandling, "交通违法处理", "Handle a traffic violation", BusinessAreas.Violation,
            IdOnly: false, Fee: 0m, Channels(Window, Kiosk, Online, PostOffice), AgentAllowed: true,
            AnyOffice: true, Checks(Identity, LicenceRecord)),
        new("violation.points_study", "学法减分", "Points-reduction study", BusinessAreas.Violation,
            IdOnly: false, Fee: 0m, Channels(Window, Online), AgentAllowed: false,
            AnyOffice: true, Checks(Identity, LicenceRecord)),
    ];
}
