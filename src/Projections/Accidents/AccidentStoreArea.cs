using JasperFx.Events.Projections;
using Marten;

namespace TrafficCqrs.Projections.Accidents;

public sealed class AccidentStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        opts.Projections.Add(new AccidentProjection(), ProjectionLifecycle.Live);

        opts.Projections.Add<AccidentCaseViewProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<AccidentCaseView>()
            .Index(x => x.Status)
            .Index(x => x.ReportedAt)
            .GinIndexJsonData();
    }
}
