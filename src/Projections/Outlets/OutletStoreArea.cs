using JasperFx.Events.Projections;
using Marten;

namespace TrafficCqrs.Projections.Outlets;

public sealed class OutletStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        // Decision state: rebuilt from the outlet's short stream on each command.
        opts.Projections.Add(new OutletProjection(), ProjectionLifecycle.Live);

        opts.Projections.Add<OutletViewProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<OutletView>()
            .Index(x => x.Office)
            .Index(x => x.Code);
    }
}
