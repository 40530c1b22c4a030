using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace TrafficCqrs.Application.Common;

/// <summary>
/// Whether the tables exist before the host starts (production: applied by db-apply, no schema work
/// at start). Only then may work at start begin before the host's own start has run.
/// </summary>
public static class SchemaAtStart
{
    public static bool AppliedBeforehand(IServiceProvider services) =>
        services.GetRequiredService<StoreOptions>().AutoCreateSchemaObjects == JasperFx.AutoCreate.None;
}
