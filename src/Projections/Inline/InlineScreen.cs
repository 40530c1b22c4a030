using System.Collections.Concurrent;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;

namespace TrafficCqrs.Projections.Inline;

/// <summary>
/// Runs an inline projection only for a save that holds at least one event it reads.
/// </summary>
/// <remarks>
/// Marten hands every inline projection every save. A projection that reads none of the events
/// still found that out the long way: a case command walked through a dozen vehicle, licence,
/// outlet and supervision projections, each comparing every event type against every type it
/// reads by assignability (or, for a projection over many streams, slicing the events into no
/// groups), which took about a tenth of the service's CPU per command. The answer depends only on
/// the event's type, so it is asked once per type (with the projection's own test) and kept.
/// A save with any event the projection reads is passed on whole, exactly as before.
/// </remarks>
public sealed class InlineScreen(IInlineProjection<IDocumentOperations> inner, Func<Type, bool> reads)
    : IInlineProjection<IDocumentOperations>
{
    private readonly ConcurrentDictionary<Type, bool> _reads = new();

    public Task ApplyAsync(IDocumentOperations operations, IEnumerable<StreamAction> streams, CancellationToken cancellation) =>
        AnyRead(streams) ? inner.ApplyAsync(operations, streams, cancellation) : Task.CompletedTask;

    private bool AnyRead(IEnumerable<StreamAction> streams)
    {
        foreach (var stream in streams)
            foreach (var e in stream.Events)
                if (_reads.GetOrAdd(e.EventType, reads))
                    return true;
        return false;
    }
}
