using JasperFx.Events.Projections;
using Marten;

namespace TrafficCqrs.Projections.Identities;

public sealed class IdentityStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        // Short streams (a few verifications a year): rebuilt when read.
        opts.Projections.Add(new PersonIdentityProjection(), ProjectionLifecycle.Live);

        // A person's cases are read from the case summary (Cases/CaseSummary.Identity.cs).
    }
}
