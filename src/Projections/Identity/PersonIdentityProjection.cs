using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Identities;

namespace TrafficCqrs.Projections.Identities;

/// <summary>Wires the domain's <see cref="PersonIdentity"/> to its events; also what the verification endpoint reads.</summary>
public partial class PersonIdentityProjection : SingleStreamProjection<PersonIdentity, Guid>
{
    public static PersonIdentity Create(IdentityVerified e) => PersonIdentity.Create(e);
    public PersonIdentity Apply(IdentityVerified e, PersonIdentity state) => state.Apply(e);
    public PersonIdentity Apply(IdentityVerificationRevoked e, PersonIdentity state) => state.Apply(e);
}
