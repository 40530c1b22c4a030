using JasperFx.Events.Projections;
using Marten;

namespace TrafficCqrs.Projections.Vehicles;

public sealed class VehicleStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        // Decision state, rebuilt from the streams on each command.
        opts.Projections.Add(new VehicleProjection(), ProjectionLifecycle.Live);
        opts.Projections.Add(new PlateProjection(), ProjectionLifecycle.Live);
        opts.Projections.Add(new InspectionStationProjection(), ProjectionLifecycle.Live);

        opts.Projections.Add<VehicleRecordProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<VehicleRecord>()
            .UniqueIndex(x => x.Vin)
            .Index(x => x.Plate)
            .Index(x => x.OwnerIdNumber);

        // Belt and braces: the number's own stream already lets only one writer win.
        opts.Projections.Add<PlateRecordProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<PlateRecord>().UniqueIndex(x => x.Number);

        opts.Schema.For<PlateOffer>();
    }
}
