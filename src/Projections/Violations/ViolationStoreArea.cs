using JasperFx.Events.Projections;
using Marten;

namespace TrafficCqrs.Projections.Violations;

public sealed class ViolationStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        // Decision state: rebuilt from the stream on each command (a violation has a few events).
        opts.Projections.Add(new ViolationProjection(), ProjectionLifecycle.Live);

        opts.Projections.Add<ViolationSummaryProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<ViolationSummary>()
            .Index(x => x.Plate)
            .Index(x => x.DriverIdNumber)
            .Index(x => x.IsOpen);

        // Inline, so a transfer checked right after a handling sees the hold lifted.
        opts.Projections.Add(new VehicleHoldsProjection(), ProjectionLifecycle.Inline);
    }
}
