using JasperFx.Events.Projections;
using Marten;

namespace TrafficCqrs.Projections.Cases;

public sealed class CaseStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        // Decision state: rebuilt from the stream on each command (cases are short).
        opts.Projections.Add(new ServiceCaseProjection(), ProjectionLifecycle.Live);

        // The case list, a person's history and the outlet board read it. Each index is paid on
        // every write: only those a query filters on.
        opts.Projections.Add<CaseSummaryProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<CaseSummary>()
            .Index(x => x.Status)
            .Index(x => x.Office)
            .Index(x => x.BusinessType)
            .Index(x => x.OpenedAt)          // case list; an outlet's day
            .Index(x => x.ApplicantIdNumber) // a person's cases
            .Index(x => x.Outlet!);          // an outlet's day; an agent's case list
    }
}
