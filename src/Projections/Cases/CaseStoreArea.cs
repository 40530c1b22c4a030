using JasperFx.Events.Projections;
using Marten;

namespace TrafficCqrs.Projections.Cases;

public sealed class CaseStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        // Decision state: rebuilt from the stream on each command (cases are short).
        opts.Projections.Add(new ServiceCaseProjection(), ProjectionLifecycle.Live);

        // The one inline document per case: the case list, a person's history, the outlet and counter
        // boards all read it, so a case command loads and writes one row. Each index is paid on every
        // write: only those a query filters on.
        // A rebuild reads 1,000 events per batch instead of 500: measured about 13% faster here.
        opts.Projections.Add<CaseSummaryProjection>(ProjectionLifecycle.Inline, o => o.BatchSize = 1000);
        // Filtered fields are duplicated into columns of their own (with an index each) rather
        // than indexed as expressions over the JSON: cheaper to maintain on every write.
        opts.Schema.For<CaseSummary>()
            .Duplicate(x => x.Status)
            .Duplicate(x => x.Office)            // case list; office and counter boards
            .Duplicate(x => x.BusinessType)
            // (A time with its office's offset cannot be written to a timestamptz column: indexed in the JSON.)
            .Index(x => x.OpenedAt)              // case list; an outlet's day
            .Duplicate(x => x.ApplicantIdNumber) // a person's cases
            .Duplicate(x => x.Outlet!)           // an outlet's day; an agent's case list
            .Duplicate(x => x.CompletedDay!);    // office and clerk boards
    }
}
