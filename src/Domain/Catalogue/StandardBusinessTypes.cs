using static TrafficCqrs.Domain.Catalogue.ServiceChannels;

namespace TrafficCqrs.Domain.Catalogue;

/// <summary>The standard catalogue, one part per area (see the StandardBusinessTypes.*.cs files).</summary>
public static partial class StandardBusinessTypes
{
    /// <summary>Channels open to citizens everywhere: the counter, the kiosk and the internet.</summary>
    internal static readonly IReadOnlyList<string> WindowKioskOnline = [Window, Kiosk, Online];

    internal static IReadOnlyList<string> Channels(params string[] channels) => channels;
    internal static IReadOnlyList<string> Checks(params string[] checks) => checks;
}
