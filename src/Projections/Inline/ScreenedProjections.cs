using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Marten.Events.Projections;

namespace TrafficCqrs.Projections.Inline;

/// <summary>
/// A single-stream projection that, run inline, skips the saves it reads nothing from
/// (<see cref="InlineScreen"/>). As an asynchronous projection or in a rebuild it is Marten's own.
/// </summary>
public abstract class ScreenedSingleStreamProjection<TDoc, TId> : SingleStreamProjection<TDoc, TId>
    where TDoc : notnull where TId : notnull
{
    protected override IInlineProjection<IDocumentOperations> buildForInline() =>
        new InlineScreen(base.buildForInline(), type => AppliesTo([type]));
}

/// <summary>
/// A projection over many streams that, run inline, skips the saves it reads nothing from
/// (<see cref="InlineScreen"/>). As an asynchronous projection or in a rebuild it is Marten's own.
/// </summary>
public abstract class ScreenedMultiStreamProjection<TDoc, TId> : MultiStreamProjection<TDoc, TId>
    where TDoc : notnull where TId : notnull
{
    protected override IInlineProjection<IDocumentOperations> buildForInline() =>
        new InlineScreen(base.buildForInline(), type => AppliesTo([type]));
}
