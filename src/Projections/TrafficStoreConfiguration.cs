using System.Reflection;
using Marten;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Common;
using Weasel.Core;

namespace TrafficCqrs.Projections;

/// <summary>The one place the event store and its read models are described.</summary>
public static class TrafficStoreConfiguration
{
    public const string Schema = "traffic";

    public static void Configure(StoreOptions opts)
    {
        opts.DatabaseSchemaName = Schema;
        opts.Events.DatabaseSchemaName = Schema;
        opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);

        // Who, where and why travel with every event (全过程留痕), outside the business payload.
        // (EnableAll leaves the user name out, so it is switched on by itself.)
        opts.Events.MetadataConfig.EnableAll();
        opts.Events.MetadataConfig.UserNameEnabled = true;

        RegisterEventNames(opts);

        // A projection that fails on an event stops there (the others go on) instead of skipping
        // the event: a statistic or a hash chain that silently missed an event would be wrong for
        // good. Once the projection is fixed and restarted it resumes at that event.
        opts.Projections.Errors.SkipApplyErrors = false;

        foreach (var area in Areas())
            area.Configure(opts);
    }

    /// <summary>Every <see cref="IStoreArea"/> in this assembly, in a stable order.</summary>
    public static IEnumerable<IStoreArea> Areas() =>
        typeof(IStoreArea).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IStoreArea).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IStoreArea)Activator.CreateInstance(t)!);

    /// <summary>Every domain event type with its declared, stable wire name.</summary>
    public static readonly IReadOnlyList<(Type Type, string Name)> DomainEvents =
        typeof(CaseOpened).Assembly.GetTypes()
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<EventNameAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => (x.Type, x.Attribute!.Name))
            .ToList();

    /// <summary>The domain event types whose wire name matches, e.g. every "vehicle." event.</summary>
    public static IEnumerable<Type> EventTypesNamed(Func<string, bool> name) =>
        DomainEvents.Where(e => name(e.Name)).Select(e => e.Type);

    /// <summary>Stores every domain event under its declared, stable name rather than its C# type name.</summary>
    private static void RegisterEventNames(StoreOptions opts)
    {
        foreach (var (type, name) in DomainEvents)
        {
            opts.Events.AddEventType(type);
            opts.Events.MapEventType(type, name);
        }
    }
}
