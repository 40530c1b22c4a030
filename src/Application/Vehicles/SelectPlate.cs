using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Vehicles;
using TrafficCqrs.Projections.Vehicles;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>
/// 选号: the applicant picks one of the numbers offered. Two applicants racing for one number both
/// write its stream; the database lets only one of them win (the other gets 409).
/// </summary>
public sealed record SelectPlate(Guid OfferId, string Number, CommandContext Context);

public sealed record PlateWritten(string Number, long Version);

public static class SelectPlateHandler
{
    public static async Task<PlateWritten> Handle(SelectPlate command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var number = VehicleInput.Plate(command.Number, "number");
        var offer = await session.LoadAsync<PlateOffer>(command.OfferId, cancellation)
                    ?? throw new NotFoundException($"No plate offer {command.OfferId}.");
        var stream = await PlateStream.Load(session, number, cancellation);
        var selected = PlateRules.Select(stream.Aggregate, number, offer.Vin, offer.ApplicantIdNumber, offer.Id,
            offer.Numbers, clock.GetUtcNow());

        command.Context.Stamp(session, nameof(SelectPlate));
        stream.AppendOne(selected);
        return new PlateWritten(number, (stream.CurrentVersion ?? 0) + 1);
    }
}
