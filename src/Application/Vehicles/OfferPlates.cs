using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Vehicles;
using TrafficCqrs.Projections.Vehicles;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>Offers an applicant a handful of free numbers under a prefix (e.g. 陕A) to choose from for a vehicle.</summary>
public sealed record OfferPlates(Guid OfferId, string ApplicantIdNumber, string Vin, string Prefix, CommandContext Context);

public sealed record PlatesOffered(Guid OfferId, string Vin, IReadOnlyList<string> Numbers);

public static class OfferPlatesHandler
{
    private const int MaxDraws = 10;

    public static async Task<PlatesOffered> Handle(OfferPlates command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var applicant = VehicleInput.IdNumber(command.ApplicantIdNumber, "applicantIdNumber");
        var vin = VehicleInput.Vin(command.Vin);
        var prefix = command.Prefix?.Trim().ToUpperInvariant() ?? "";
        if (!PlateNumber.IsPrefix(prefix))
            throw new InvalidFieldException("prefix", "A prefix is a province character and a letter, e.g. 陕A.");

        var today = OfficeCalendar.Today(clock.GetUtcNow());
        var numbers = new List<string>();
        for (var draw = 0; draw < MaxDraws && numbers.Count < PlateRules.OfferSize; draw++)
        {
            var candidates = Enumerable.Range(0, PlateRules.OfferSize * 2)
                .Select(_ => prefix + RandomTail()).Distinct().Except(numbers).ToList();
            var known = await session.LoadManyAsync<PlateRecord>(cancellation,
                candidates.Select(VehicleKeys.Plate).ToArray());
            var taken = known.Where(p => !p.IsFreeOn(today)).Select(p => p.Number).ToHashSet();
            numbers.AddRange(candidates.Where(c => !taken.Contains(c)).Take(PlateRules.OfferSize - numbers.Count));
        }

        var offer = new PlateOffer
        {
            Id = command.OfferId, ApplicantIdNumber = applicant, Vin = vin, Prefix = prefix, Numbers = numbers,
            Office = command.Context.Actor.Office, OfferedAt = clock.GetUtcNow(),
        };
        session.Insert(offer);
        return new PlatesOffered(offer.Id, vin, numbers);
    }

    private static string RandomTail() =>
        string.Concat(Enumerable.Range(0, 5).Select(_ => PlateNumber.PoolCharacters[Random.Shared.Next(PlateNumber.PoolCharacters.Length)]));
}
