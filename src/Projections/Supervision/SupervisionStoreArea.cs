using Marten;

namespace TrafficCqrs.Projections.Supervision;

public sealed class SupervisionStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        opts.Storage.Add(new AuditStorage(opts));
        opts.Events.Subscribe(new AuditChainSubscription());
        opts.Events.Subscribe(new TraceIndexSubscription());
    }
}
