using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Application.Violations;

/// <summary>
/// A driver handles the violation (处理): their driving licence takes the points, in the same
/// transaction (12 points detain it), and the fine falls due. A violation with points needs a driver
/// holding a licence (licence.no_record otherwise). Where it is handled comes from the caller's token.
/// </summary>
/// <param name="DriverIdNumber">The driver whose licence takes the points (the owner or another person).</param>
public sealed record HandleViolation(Guid ViolationId, string? DriverIdNumber, long? ExpectedVersion, CommandContext Context);

public static class HandleViolationHandler
{
    public static Task<ViolationWritten> Handle(HandleViolation command, IDocumentSession session,
        ILicencePointsLedger ledger, BusinessCatalogue catalogue, TimeProvider clock, CancellationToken cancellation)
    {
        var driver = ViolationStream.IdNumber("driverIdNumber", command.DriverIdNumber);
        var handling = catalogue.Find(StandardBusinessTypes.ViolationHandling)
                       ?? throw new InvalidOperationException("The catalogue has no violation handling.");
        var channel = HandlingChannel.Of(command.Context.Actor);
        var now = clock.GetUtcNow();

        return ViolationStream.Decide(session, command.ViolationId, command.ExpectedVersion, command.Context,
            nameof(HandleViolation), async v =>
            {
                ViolationRules.EnsureHandleable(v, handling, channel);
                // Points need a licence to land on (licence.no_record otherwise); a fine-only violation does not.
                var cyclePoints = v.Points > 0
                    ? await ledger.CurrentCyclePointsForUpdate(session, driver, now, cancellation)
                    : 0;
                var handled = ViolationRules.Handle(v, handling, channel, driver, cyclePoints, now);
                if (handled.Points > 0)
                    await ledger.RecordPoints(session, driver, v.Id, handled.Points, v.CommittedOn,
                        fineUnpaid: handled.Fine > 0m, now, cancellation);
                return (object)handled;
            }, cancellation);
    }
}

/// <summary>The catalogue's channel (<see cref="ServiceChannels"/>) an actor acts through.</summary>
public static class HandlingChannel
{
    /// <summary>
    /// Outlets are told apart by their code until the outlet registry records each outlet's kind:
    /// a post office's code starts with this.
    /// </summary>
    public const string PostOfficeOutletPrefix = "POST";

    public static string Of(Actor actor) => actor.Channel switch
    {
        Channels.Window => ServiceChannels.Window,
        Channels.Kiosk => ServiceChannels.Kiosk,
        Channels.Online => ServiceChannels.Online,
        Channels.Outlet when actor.Outlet?.StartsWith(PostOfficeOutletPrefix, StringComparison.OrdinalIgnoreCase) == true
            => ServiceChannels.PostOffice,
        _ => actor.Channel,
    };
}
