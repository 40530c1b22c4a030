using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Application.Outlets;

/// <summary>The office replaces the list of business types an outlet may handle.</summary>
public sealed record ChangeOutletAuthorisations(
    string Code,
    IReadOnlyList<string>? BusinessTypes,
    long? ExpectedVersion,
    CommandContext Context);

public static class ChangeOutletAuthorisationsHandler
{
    public static Task<OutletWritten> Handle(ChangeOutletAuthorisations command, IDocumentSession session,
        BusinessCatalogue catalogue, TimeProvider clock, CancellationToken cancellation)
    {
        var types = OutletStream.Types(catalogue, command.BusinessTypes);
        return OutletStream.Decide(session, command.Code, command.ExpectedVersion, command.Context,
            nameof(ChangeOutletAuthorisations), o => OutletRules.ChangeAuthorisations(o, types, clock.GetUtcNow()),
            cancellation);
    }
}
