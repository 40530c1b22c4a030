using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Licensing;
using TrafficCqrs.Application.Violations;
using TrafficCqrs.Application.Supervision;
using TrafficCqrs.Application.WindowService;
using TrafficCqrs.Domain.Catalogue;

namespace TrafficCqrs.Application;

/// <summary>The application's services, registered in one call.</summary>
public static class ApplicationServices
{
    public static IServiceCollection AddTrafficApplication(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddStoredCatalogue();

        var workflowTypes = typeof(ApplicationServices).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICaseWorkflow).IsAssignableFrom(t));
        foreach (var type in workflowTypes)
            services.AddSingleton(typeof(ICaseWorkflow), type);
        services.AddSingleton<CaseWorkflows>();
        services.AddViolations();
        services.AddSingleton<Vehicles.IVehicleHolds, Vehicles.PlateVehicleHolds>();
        services.AddSingleton<ISanctionRegister, SanctionRegister>();
        // Handled violations put their points on the driving licence, in the handling's transaction.
        services.AddSingleton<ILicencePointsLedger, LicencePointsLedger>();
        services.AddSingleton<Outlets.OutletCommissions>();
        return services;
    }
}
