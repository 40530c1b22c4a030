using Marten;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Projections.WindowService;

namespace TrafficCqrs.Application.WindowService;

/// <summary>Reads the stored catalogue and keeps the running <see cref="BusinessCatalogue"/> in step with it.</summary>
public static class CatalogueStore
{
    public static async Task<IReadOnlyList<BusinessType>> All(IQuerySession session, CancellationToken cancellation)
    {
        var stored = await session.Query<StoredBusinessType>().OrderBy(x => x.Id).ToListAsync(cancellation);
        return stored.Select(x => x.Type).ToList();
    }

    public static async Task<BusinessType?> Find(IQuerySession session, string code, CancellationToken cancellation) =>
        (await session.LoadAsync<StoredBusinessType>(code.Trim().ToLowerInvariant(), cancellation))?.Type;

    /// <summary>Reloads the running catalogue from the store.</summary>
    public static async Task Refresh(IQuerySession session, BusinessCatalogue catalogue, CancellationToken cancellation) =>
        catalogue.Reload(await All(session, cancellation));
}

/// <summary>
/// At start: stores every standard type the office does not have yet (an office's own change to a
/// standard type is kept), then loads the running catalogue, before the first request is served.
/// </summary>
public sealed class CatalogueLoader(IServiceProvider services, BusinessCatalogue catalogue) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellation)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        // Every database gets the standard types: the one database, or each province's when each
        // has its own. The running catalogue follows the first (they hold the same types, since the
        // catalogue is not edited while provinces have databases of their own).
        var databases = await store.Storage.AllDatabases();
        foreach (var database in databases)
        {
            await using var session = store.LightweightSession(SessionOptions.ForDatabase(database));
            await StoreMissing(session, cancellation);
            if (ReferenceEquals(database, databases[0]))
                await CatalogueStore.Refresh(session, catalogue, cancellation);
        }
    }

    private static async Task StoreMissing(IDocumentSession session, CancellationToken cancellation)
    {
        var present = (await session.Query<StoredBusinessType>().Select(x => x.Id).ToListAsync(cancellation))
            .ToHashSet(StringComparer.Ordinal);
        var missing = BusinessCatalogue.Standard.All.Where(t => !present.Contains(t.Code)).ToList();
        foreach (var type in missing)
            session.Insert(new StoredBusinessType { Id = type.Code, Type = type });
        if (missing.Count > 0)
        {
            try
            {
                await session.SaveChangesAsync(cancellation);
            }
            catch (JasperFx.DocumentAlreadyExistsException)
            {
                // Another node seeded the same types first: what is stored is what counts.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellation) => Task.CompletedTask;
}

public static class CatalogueServices
{
    /// <summary>The running catalogue (starts as the standard one, then follows the store) and its loader.</summary>
    public static IServiceCollection AddStoredCatalogue(this IServiceCollection services)
    {
        services.AddSingleton(new BusinessCatalogue(BusinessCatalogue.Standard.All));
        services.AddHostedService<CatalogueLoader>();
        return services;
    }
}
