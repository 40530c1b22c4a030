using Marten;

namespace TrafficCqrs.Projections.WindowService;

/// <summary>The window service's part of the store: the catalogue, queue tickets and board views.</summary>
public sealed class WindowStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        opts.Schema.For<StoredBusinessType>();
    }
}
