using JasperFx.Events.Projections;
using Marten;

namespace TrafficCqrs.Projections.WindowService;

/// <summary>The window service's part of the store: the catalogue, queue tickets and board views.</summary>
public sealed class WindowStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        opts.Schema.For<StoredBusinessType>();

        // Decision state, rebuilt from the stream on each command.
        opts.Projections.Add(new QueueTicketProjection(), ProjectionLifecycle.Live);
        opts.Projections.Add(new OfficeQueueProjection(), ProjectionLifecycle.Live);

        // What the boards count: one document per ticket, rebuildable from the events; cases are
        // counted from the case summary (Cases/CaseSummary.Window.cs).
        opts.Projections.Add<QueueTicketViewProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<QueueTicketView>().Index(x => x.Office).Index(x => x.Day).Index(x => x.CalledBy);
    }
}
