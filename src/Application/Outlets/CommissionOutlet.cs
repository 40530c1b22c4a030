using System.Text.RegularExpressions;
using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Application.Outlets;

/// <summary>The office commissions an outlet (委托社会服务网点代办) with business types, staff and a period.</summary>
/// <param name="Code">The outlet's code, as its staff's tokens carry it.</param>
/// <param name="Staff">User ids of the people who may act for the outlet.</param>
public sealed record CommissionOutlet(
    string Code,
    string Name,
    string Kind,
    IReadOnlyList<string>? BusinessTypes,
    IReadOnlyList<string>? Staff,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    CommandContext Context);

public static partial class CommissionOutletHandler
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")]
    private static partial Regex CodePattern();

    public static async Task<OutletWritten> Handle(CommissionOutlet command, IDocumentSession session,
        BusinessCatalogue catalogue, TimeProvider clock, CancellationToken cancellation)
    {
        if (!CodePattern().IsMatch(command.Code ?? ""))
            throw new InvalidFieldException("code", "An outlet code is 1 to 40 letters, digits, '-' or '_'.");
        if (string.IsNullOrWhiteSpace(command.Name))
            throw new InvalidFieldException("name", "The outlet's name is required.");
        if (!OutletKinds.IsKnown(command.Kind))
            throw new InvalidFieldException("kind", $"Kind must be one of: {string.Join(", ", OutletKinds.All)}.");
        var types = OutletStream.Types(catalogue, command.BusinessTypes);
        if (command.ValidFrom is not { } from)
            throw new InvalidFieldException("validFrom", "The first day of the commission is required (yyyy-MM-dd).");
        if (command.ValidUntil is not { } until)
            throw new InvalidFieldException("validUntil", "The last day of the commission is required (yyyy-MM-dd).");

        var stream = await session.Events.FetchForWriting<Outlet>(OutletIds.For(command.Code!), cancellation);
        var commissioned = OutletRules.Commission(stream.Aggregate, command.Code!, command.Name.Trim(), command.Kind,
            command.Context.Actor.Office, types, command.Staff ?? [], from, until, clock.GetUtcNow());

        command.Context.Stamp(session, nameof(CommissionOutlet));
        stream.AppendOne(commissioned);
        return new OutletWritten(commissioned.OutletId, commissioned.Code, (stream.CurrentVersion ?? 0) + 1);
    }
}
