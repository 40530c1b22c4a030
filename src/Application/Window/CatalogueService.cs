using Marten;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TrafficCqrs.Application.Common;
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
/// When the schema was applied beforehand (production), the loading begins as soon as the host is
/// built (<see cref="Begin"/>) and runs beside the rest of the start on the machine's other core;
/// the host awaits it in this service's turn, so no request is served before it is done.
/// </summary>
public sealed class CatalogueLoader(IServiceProvider services, BusinessCatalogue catalogue) : IHostedLifecycleService
{
    private readonly Lock _gate = new();
    private Task<bool>? _loading;

    /// <summary>
    /// Begins loading now, on another thread, when the tables are known to exist (no schema work at
    /// start); otherwise the host's start loads in this service's turn.
    /// </summary>
    public void Begin(CancellationToken cancellation = default)
    {
        lock (_gate)
            _loading ??= Task.Run(async () =>
            {
                if (!SchemaAtStart.AppliedBeforehand(services))
                    return false;
                await Load(services.GetRequiredService<IDocumentStore>(), cancellation);
                return true;
            }, cancellation);
    }

    public Task StartingAsync(CancellationToken cancellation)
    {
        Begin(cancellation);
        return Task.CompletedTask;
    }

    public async Task StartAsync(CancellationToken cancellation)
    {
        Task<bool> loading;
        lock (_gate)
            loading = _loading ?? Task.FromResult(false);
        if (!await loading)
            await Load(services.GetRequiredService<IDocumentStore>(), cancellation);
    }

    private async Task Load(IDocumentStore store, CancellationToken cancellation)
    {
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
    public Task StartedAsync(CancellationToken cancellation) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellation) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellation) => Task.CompletedTask;
}

public static class CatalogueServices
{
    /// <summary>The running catalogue (starts as the standard one, then follows the store) and its loader.</summary>
    public static IServiceCollection AddStoredCatalogue(this IServiceCollection services)
    {
        services.AddSingleton(new BusinessCatalogue(BusinessCatalogue.Standard.All));
        services.AddSingleton<CatalogueLoader>();
        services.AddHostedService(s => s.GetRequiredService<CatalogueLoader>());
        return services;
    }
}
