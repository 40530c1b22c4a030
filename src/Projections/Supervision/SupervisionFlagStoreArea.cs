using Marten;

namespace TrafficCqrs.Projections.Supervision;

/// <summary>The working documents the flag subscription counts with (the flags themselves: SupervisionStoreArea).</summary>
public sealed class SupervisionFlagStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        opts.Schema.For<OutletVolumeTally>();
        opts.Schema.For<CaseAcceptanceNote>();
        opts.Schema.For<RefusalTally>();
    }
}
