using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Application.Outlets;

/// <summary>The office replaces the list of people who may act for an outlet.</summary>
public sealed record ChangeOutletStaff(string Code, IReadOnlyList<string>? Staff, long? ExpectedVersion,
    CommandContext Context);

public static class ChangeOutletStaffHandler
{
    public static Task<OutletWritten> Handle(ChangeOutletStaff command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        if (command.Staff is null)
            throw new InvalidFieldException("staff", "Give the list of staff user ids.");
        return OutletStream.Decide(session, command.Code, command.ExpectedVersion, command.Context,
            nameof(ChangeOutletStaff), o => OutletRules.ChangeStaff(o, command.Staff, clock.GetUtcNow()), cancellation);
    }
}
