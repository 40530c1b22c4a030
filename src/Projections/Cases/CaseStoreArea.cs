using JasperFx.Events.Projections;
using Marten;

namespace TrafficCqrs.Projections.Cases;

public sealed class CaseStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        // Decision state: rebuilt from the stream on each command (cases are short).
        opts.Projections.Add(new ServiceCaseProjection(), ProjectionLifecycle.Live);

        opts.Projections.Add<CaseSummaryProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<CaseSummary>()
            .Index(x => x.Status)
            .Index(x => x.Office)
            .Index(x => x.BusinessType)
            .Index(x => x.OpenedAt);
    }
}
