using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.WindowService;
using TrafficCqrs.Projections.WindowService;

namespace TrafficCqrs.Application.WindowService;

/// <summary>An administrator adds a business type to the office's catalogue, or replaces one.</summary>
public sealed record DefineBusinessType(BusinessType Type, CommandContext Context);

/// <param name="Created">True when the code was new, false when an existing type was replaced.</param>
public sealed record BusinessTypeWritten(BusinessType Type, bool Created);

public static class DefineBusinessTypeHandler
{
    public static async Task<BusinessTypeWritten> Handle(DefineBusinessType command, IDocumentSession session,
        BusinessCatalogue catalogue, TimeProvider clock, CancellationToken cancellation)
    {
        var type = command.Type;
        if (BusinessCatalogue.Problems(type) is [var first, ..])
            throw new InvalidFieldException(first.Field, first.Message);

        var now = clock.GetUtcNow();
        var existing = await session.LoadAsync<StoredBusinessType>(type.Code, cancellation);
        command.Context.Stamp(session, nameof(DefineBusinessType));
        session.Store(new StoredBusinessType
        {
            Id = type.Code, Type = type, ChangedAt = now, ChangedBy = command.Context.Actor.UserId,
        });
        session.Events.Append(BusinessTypeDefined.StreamId(type.Code), new BusinessTypeDefined(type, existing is not null, now));

        // Saved here rather than by the transaction policy, so the running catalogue changes only
        // after the store has (a later save by the policy finds nothing left to do).
        await session.SaveChangesAsync(cancellation);
        await CatalogueStore.Refresh(session, catalogue, cancellation);
        return new BusinessTypeWritten(type, existing is null);
    }
}
