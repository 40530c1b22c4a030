using System.Reflection;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// The domain's event types by wire name, so a statistics projection can tell the daemon which
/// events it reads (the daemon then loads only those) while still matching families of events by
/// name, such as every "vehicle." event.
/// </summary>
public static class StatisticsEvents
{
    private static readonly IReadOnlyList<(Type Type, string Name)> All =
        typeof(CaseOpened).Assembly.GetTypes()
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<EventNameAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => (x.Type, x.Attribute!.Name))
            .ToList();

    public static IEnumerable<Type> Where(Func<string, bool> name) =>
        All.Where(e => name(e.Name)).Select(e => e.Type);
}
