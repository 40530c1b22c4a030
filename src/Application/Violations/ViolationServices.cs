using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TrafficCqrs.Application.Violations;

public static class ViolationServices
{
    /// <summary>
    /// The holds query. The points land on the licence through the licensing module's
    /// <see cref="ILicencePointsLedger"/>, registered with the application's services.
    /// </summary>
    public static IServiceCollection AddViolations(this IServiceCollection services)
    {
        services.TryAddSingleton<IVehicleHoldsQuery, VehicleHoldsQuery>();
        return services;
    }
}
