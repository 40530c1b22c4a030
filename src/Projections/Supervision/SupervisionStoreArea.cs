using JasperFx.Events.Projections;
using Marten;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Projections.Supervision;

public sealed class SupervisionStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        // Tamper evidence and timelines: need every event in global order, so the async daemon runs them.
        AuditStorage.Register(opts);
        opts.Events.Subscribe(new AuditChainSubscription());
        opts.Events.Subscribe(new SupervisionFlagSubscription());
        opts.Schema.For<SupervisionFlag>().Index(x => x.Kind).Index(x => x.RaisedAt).Index(x => x.Office);
        opts.Schema.For<ReplacementTally>();

        // Complaints and sanctions: decision state and read model in one, updated with each command.
        opts.Projections.Add(new ComplaintProjection(), ProjectionLifecycle.Inline);
        opts.Schema.For<Complaint>()
            .Index(x => x.Office)
            .Index(x => x.AnswerDueBy)
            .Index(x => x.FiledAt);
        opts.Projections.Add(new SanctionRecordProjection(), ProjectionLifecycle.Inline);
    }
}
