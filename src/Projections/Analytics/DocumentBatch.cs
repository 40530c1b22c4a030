using Marten;

namespace TrafficCqrs.Projections.Analytics;

/// <summary>
/// The documents one page of events touches, loaded once, changed in memory in event order and
/// stored once: several events in a page may change the same counter, so each must see the others.
/// </summary>
internal sealed class DocumentBatch<TDoc, TId>(Func<TDoc, TId> idOf) where TDoc : class where TId : notnull
{
    private readonly Dictionary<TId, TDoc> _docs = new();
    private readonly HashSet<TId> _touched = new();

    public async Task LoadAsync(IQuerySession session, IEnumerable<TId> ids, CancellationToken cancellation)
    {
        var missing = ids.Distinct().Where(id => !_docs.ContainsKey(id)).ToList();
        if (missing.Count == 0) return;
        IReadOnlyList<TDoc> found = typeof(TId) == typeof(Guid)
            ? await session.LoadManyAsync<TDoc>(cancellation, missing.Cast<Guid>())
            : await session.LoadManyAsync<TDoc>(cancellation, missing.Cast<string>());
        foreach (var doc in found) _docs[idOf(doc)] = doc;
    }

    public TDoc? Find(TId id) => _docs.GetValueOrDefault(id);

    /// <summary>The document to change: loaded, or created when the store has none.</summary>
    public TDoc Change(TId id, Func<TDoc> create)
    {
        if (!_docs.TryGetValue(id, out var doc)) _docs[id] = doc = create();
        _touched.Add(id);
        return doc;
    }

    public void StoreChanged(IDocumentOperations operations)
    {
        var changed = _touched.Select(id => _docs[id]).ToArray();
        if (changed.Length > 0) operations.Store(changed);
    }
}

/// <summary>
/// Event headers the statistics read. They are written by the application's command context
/// (TrafficCqrs.Application.Common.EventHeaders); a test keeps the names equal.
/// </summary>
public static class StatisticsHeaders
{
    public const string Office = "office";
    public const string Channel = "channel";
    public const string Unknown = "unknown";

    public static string Read(JasperFx.Events.IEvent e, string name) =>
        e.GetHeader(name)?.ToString() is { Length: > 0 } value ? value : Unknown;
}
