using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Marten;
using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Application.Audit;

/// <summary>One value that differs between two states; a missing side is null.</summary>
/// <param name="Path">Where in the state, e.g. <c>status</c>, <c>checks[1].passed</c>.</param>
public sealed record StateChange(string Path, JsonNode? Before, JsonNode? After);

public sealed record StateDiff(Guid Id, long FromVersion, long ToVersion, IReadOnlyList<StateChange> Changes);

/// <summary>What changed between two points of a replayed state, property by property.</summary>
public static class StateDiffs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The case at two versions, and what changed from the first to the second; null if either is missing.</summary>
    public static async Task<StateDiff?> CaseBetween(IQuerySession session, Guid caseId, long fromVersion,
        long toVersion, CancellationToken cancellation)
    {
        var before = await session.Events.AggregateStreamAsync<ServiceCase>(caseId, version: fromVersion, token: cancellation);
        var after = await session.Events.AggregateStreamAsync<ServiceCase>(caseId, version: toVersion, token: cancellation);
        if (before is null || after is null || before.Version != fromVersion || after.Version != toVersion) return null;
        return new StateDiff(caseId, fromVersion, toVersion,
            Between(JsonSerializer.SerializeToNode(before, Json), JsonSerializer.SerializeToNode(after, Json)));
    }

    public static IReadOnlyList<StateChange> Between(JsonNode? before, JsonNode? after)
    {
        var changes = new List<StateChange>();
        Compare("", before, after, changes);
        return changes;
    }

    private static void Compare(string path, JsonNode? before, JsonNode? after, List<StateChange> changes)
    {
        if (before is JsonObject a && after is JsonObject b)
        {
            foreach (var name in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
                Compare(path.Length == 0 ? name : $"{path}.{name}", a[name], b[name], changes);
            return;
        }
        if (before is JsonArray x && after is JsonArray y)
        {
            for (var i = 0; i < Math.Max(x.Count, y.Count); i++)
                Compare($"{path}[{i}]", i < x.Count ? x[i] : null, i < y.Count ? y[i] : null, changes);
            return;
        }
        if (!JsonNode.DeepEquals(before, after))
            changes.Add(new StateChange(path, before?.DeepClone(), after?.DeepClone()));
    }
}
