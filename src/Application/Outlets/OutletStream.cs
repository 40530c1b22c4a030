using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Application.Outlets;

/// <summary>The answer to a command on an outlet: its id, code and the version its stream is now at.</summary>
public sealed record OutletWritten(Guid Id, string Code, long Version);

/// <summary>
/// The shared path of every command on a commissioned outlet: load it, check the version and that
/// the office managing it is the caller's, let the domain decide, append.
/// </summary>
internal static class OutletStream
{
    public static async Task<OutletWritten> Decide(IDocumentSession session, string code, long? expectedVersion,
        CommandContext context, string commandName, Func<Outlet, object> decide, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Outlet>(OutletIds.For(code), cancellation);
        if (stream.Aggregate is not { } outlet)
            throw new NotFoundException($"No commissioned outlet {code}.");
        ExpectedVersions.Check(expectedVersion, stream.CurrentVersion, outlet.Version);
        if (!string.Equals(outlet.Office, context.Actor.Office, StringComparison.Ordinal))
            throw new AccessDeniedException($"Outlet {code} is commissioned by office {outlet.Office}, not {context.Actor.Office}.");

        context.Stamp(session, commandName);
        stream.AppendOne(decide(outlet));
        return new OutletWritten(outlet.Id, outlet.Code, (stream.CurrentVersion ?? 0) + 1);
    }

    /// <summary>Business type codes from a request, each one found in the catalogue, or a 400 naming the field.</summary>
    public static IReadOnlyList<Domain.Catalogue.BusinessType> Types(Domain.Catalogue.BusinessCatalogue catalogue,
        IReadOnlyList<string>? codes)
    {
        if (codes is null)
            throw new InvalidFieldException("businessTypes", "Give the list of business types (it may be empty).");
        return codes.Select(code => catalogue.Find(code)
                                    ?? throw new InvalidFieldException("businessTypes", $"Unknown business type '{code}'."))
            .ToList();
    }
}
