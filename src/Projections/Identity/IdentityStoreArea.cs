using JasperFx.Events.Projections;
using Marten;

namespace TrafficCqrs.Projections.Identities;

public sealed class IdentityStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        // Short streams (a few verifications a year): rebuilt when read.
        opts.Projections.Add(new PersonIdentityProjection(), ProjectionLifecycle.Live);

        opts.Projections.Add<PersonCaseProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<PersonCase>()
            .Index(x => x.IdNumber)
            .Index(x => x.Outlet)
            .Index(x => x.OpenedAt);
    }
}
