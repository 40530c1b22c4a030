using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TrafficCqrs.Application.Violations;

public static class ViolationServices
{
    /// <summary>
    /// The interim points ledger and the holds query. TryAdd: a ledger registered by the licensing
    /// module (before or after this, with AddSingleton) wins.
    /// </summary>
    public static IServiceCollection AddViolations(this IServiceCollection services)
    {
        services.TryAddSingleton<ILicencePointsLedger, InterimPointsLedger>();
        services.TryAddSingleton<IVehicleHoldsQuery, VehicleHoldsQuery>();
        return services;
    }
}
