using System.Text.Json;
using CsCheck;
using FluentAssertions;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Tests.Licensing;
using TrafficCqrs.Domain.Vehicles;
using static TrafficCqrs.Domain.Tests.Vehicles.VehicleHistory;

namespace TrafficCqrs.Domain.Tests.Vehicles;

/// <summary>
/// Random lives of a vehicle: transfers, holds, inspections and stickers, valid and not, on days the
/// clock reaches by random steps, decided by the pure rules. Whatever is tried, a refusal changes
/// nothing, the stored events rebuild the state, and the promises of the vehicle rules hold.
/// </summary>
public sealed class VehicleProperties
{
    private const string OtherOffice = "610200";
    private const string FarOffice = "510100";
    private static readonly string[] People = [Owner, Buyer, "510104199003078765"];
    private static readonly Actor Clerk = new("clerk.1", ["clerk"], Office, "W01", null, Channels.Window);
    private static readonly Actor Agent = new("agent.1", ["agent"], Office, null, "DEALER-1", Channels.Outlet);

    private enum PlateChoice { None, Same, Fresh }
    private enum StationChoice { Home, Away, Revoked, None }
    private enum Document { Plate, Licence, Certificate, Sticker }

    // Each command first moves the clock forward by Gap hours; inspections and stickers instead jump
    // to a day relative to the inspection due date (when that is later), so they land inside and
    // outside the sticker window at every age of the vehicle.
    private abstract record Command(int Gap);
    private sealed record Transfer(int Gap, int Buyer, int DeliveredDaysAgo, bool LenderConsent, bool SellerKeepsNumber,
        PlateChoice NewPlate, bool Holds, bool ElsewhereOffice) : Command(Gap);
    private sealed record TransferOut(int Gap, int Destination, bool LenderConsent, bool Holds) : Command(Gap);
    private sealed record TransferIn(int Gap, bool AtDestination) : Command(Gap);
    private sealed record Mortgage(int Gap, bool WithLender) : Command(Gap);
    private sealed record ReleaseMortgage(int Gap) : Command(Gap);
    private sealed record Seize(int Gap) : Command(Gap);
    private sealed record ReleaseSeizure(int Gap) : Command(Gap);
    private sealed record ReportStolen(int Gap) : Command(Gap);
    private sealed record Recover(int Gap) : Command(Gap);
    private sealed record Inspect(int DaysFromDue, StationChoice Station, bool Passed) : Command(0);
    private sealed record Sticker(int DaysFromDue, StickerMode Mode, int InsuranceDays, bool Holds, StationChoice Station)
        : Command(0);
    private sealed record ReplaceDocument(int Gap, Document Which, bool ByAgent) : Command(Gap);
    private sealed record Deregister(int Gap, bool WithReason) : Command(Gap);

    private static readonly Gen<int> Gap = Gen.Frequency((3, Gen.Int[0, 72]), (2, Gen.Int[72, 24 * 240]));
    private static readonly Gen<bool> Mostly = Gen.Int[0, 9].Select(i => i > 0);
    private static readonly Gen<bool> Seldom = Gen.Int[0, 9].Select(i => i == 0);
    private static readonly Gen<StationChoice> Stations =
        Gen.Frequency((6, Gen.Const(StationChoice.Home)), (2, Gen.Const(StationChoice.Away)),
            (1, Gen.Const(StationChoice.Revoked)), (1, Gen.Const(StationChoice.None)));

    private static readonly Gen<Command> Commands = Gen.Frequency(
        (4, Gen.Select(Gap, Gen.Int[0, 2], Gen.Int[-2, 40], Gen.Bool, Gen.Int[0, 3].Select(i => i == 0),
            Gen.Enum<PlateChoice>(), Seldom, Seldom,
            (g, b, d, c, k, p, h, o) => (Command)new Transfer(g, b, d, c, k, p, h, o))),
        (1, Gen.Select(Gap, Gen.Int[0, 4], Gen.Bool, Seldom, (g, d, c, h) => (Command)new TransferOut(g, d, c, h))),
        (2, Gen.Select(Gap, Mostly, (g, a) => (Command)new TransferIn(g, a))),
        (2, Gen.Select(Gap, Mostly, (g, l) => (Command)new Mortgage(g, l))),
        (2, Gap.Select(g => (Command)new ReleaseMortgage(g))),
        (2, Gap.Select(g => (Command)new Seize(g))),
        (2, Gap.Select(g => (Command)new ReleaseSeizure(g))),
        (1, Gap.Select(g => (Command)new ReportStolen(g))),
        (1, Gap.Select(g => (Command)new Recover(g))),
        (4, Gen.Select(Gen.Int[-150, 30], Stations, Mostly, (d, s, p) => (Command)new Inspect(d, s, p))),
        (5, Gen.Select(Gen.Int[-150, 60], Gen.Enum<StickerMode>(), Gen.Int[-30, 365], Seldom, Stations,
            (d, m, i, h, s) => (Command)new Sticker(d, m, i, h, s))),
        (2, Gen.Select(Gap, Gen.Enum<Document>(), Seldom, (g, w, a) => (Command)new ReplaceDocument(g, w, a))),
        (1, Gen.Select(Gap, Mostly, (g, r) => (Command)new Deregister(g, r))));

    // Half are private small cars, the kind that may skip the station (免检) in its first years.
    private static readonly Gen<(VehicleKind Kind, VehicleUse Use, int Seats)> Vehicles = Gen.Frequency(
        (1, Gen.Int[2, 9].Select(seats => (VehicleKind.SmallCar, VehicleUse.Private, seats))),
        (1, Gen.Enum<VehicleKind>().SelectMany(kind => Gen.Select(Gen.Enum<VehicleUse>(),
            kind switch
            {
                VehicleKind.SmallCar => Gen.Int[2, 9],
                VehicleKind.Motorcycle => Gen.Int[1, 2],
                _ => Gen.Int[10, 50],
            },
            (use, seats) => (kind, use, seats)))));

    private static readonly Gen<((VehicleKind Kind, VehicleUse Use, int Seats) Vehicle, int RegisteredDay, Command[] Commands)> Lives =
        Gen.Select(Vehicles, Gen.Int[0, 3650], Commands.Array[1, 40]);

    private static readonly HashSet<string> DeclaredCodes = LicenceProperties.DeclaredCodesOf(typeof(VehicleRules));

    [Fact]
    public void whatever_is_tried_the_vehicle_rules_hold()
    {
        Vin.TryParse(TheVin, out var vin, out _).Should().BeTrue();
        Lives.Sample(life =>
        {
            var registeredOn = new DateOnly(2012, 1, 1).AddDays(life.RegisteredDay);
            var registered = VehicleRules.Register(vin, Owner, life.Vehicle.Kind, life.Vehicle.Use, life.Vehicle.Seats,
                ThePlate, Office, At(registeredOn));
            var state = Vehicle.Create(registered);
            var stored = new List<object>();
            var now = At(registeredOn);
            var plates = 0;

            foreach (var command in life.Commands)
            {
                now = Advance(now, command, state);
                var today = OfficeCalendar.Today(now);
                var before = state;
                var snapshot = Json(before);
                object decided;
                try
                {
                    decided = Decide(state, command, now, () => FreshPlate(state, ++plates));
                }
                catch (DomainRuleException refused)
                {
                    Json(state).Should().Be(snapshot, "a refused command changes nothing ({0})", command);
                    DeclaredCodes.Should().Contain(refused.Code, "refusals carry a code declared by the rules");
                    continue;
                }

                state = Apply(state, decided);
                stored.Add(decided);
                AcceptedAsPromised(before, command, decided, today);
                HoldsAfterAnyStep(state, stored);
            }

            // The stream as stored (each event written to JSON and read back) rebuilds the same state.
            var replayed = Given(registered, [.. stored.Select(RoundTrip)]);
            Json(replayed).Should().Be(Json(state), "replaying the stored events gives the state decided step by step");
        }, iter: 500);
    }

    private static DateTimeOffset Advance(DateTimeOffset now, Command command, Vehicle state)
    {
        var daysFromDue = command switch
        {
            Inspect c => c.DaysFromDue,
            Sticker c => c.DaysFromDue,
            _ => (int?)null,
        };
        return daysFromDue is { } days && At(state.InspectionDue.AddDays(days)) > now
            ? At(state.InspectionDue.AddDays(days))
            : now.AddHours(command.Gap);
    }

    /// <summary>A number from the pool of the office that issues it (the destination, in transit), never used before in this life.</summary>
    private static string FreshPlate(Vehicle v, int n) =>
        ((v.Status == VehicleStatus.TransferredOut ? v.DestinationOffice : v.Office) == FarOffice ? "川A" : "陕A") + $"{n:D5}";

    private static string Destination(int choice) => choice switch
    {
        0 => Office, // the vehicle's own office: refused
        1 or 2 => OtherOffice,
        _ => FarOffice,
    };

    private static InspectionStation? StationFor(Vehicle v, StationChoice choice) => choice switch
    {
        StationChoice.Home => Station("S-HOME", v.HomeProvince),
        StationChoice.Away => Station("S-AWAY", v.HomeProvince == "陕" ? "川" : "陕"),
        StationChoice.Revoked => Station("S-BAD", v.HomeProvince, recognised: false),
        _ => null,
    };

    private static string AnotherOfficeThan(string office) => office == OtherOffice ? Office : OtherOffice;

    private static IReadOnlyList<string> HoldsIf(bool holds) => holds ? ["violation V-1: speeding"] : [];

    private static object Decide(Vehicle v, Command command, DateTimeOffset now, Func<string> freshPlate)
    {
        var today = OfficeCalendar.Today(now);
        return command switch
        {
            Transfer c => VehicleRules.Transfer(v, People[c.Buyer], today.AddDays(-c.DeliveredDaysAgo), c.LenderConsent,
                c.SellerKeepsNumber, c.NewPlate switch
                {
                    PlateChoice.Same => v.Plate,
                    PlateChoice.Fresh => freshPlate(),
                    _ => null,
                }, HoldsIf(c.Holds), c.ElsewhereOffice ? AnotherOfficeThan(v.Office) : v.Office, now),
            TransferOut c => VehicleRules.TransferOut(v, Destination(c.Destination), "陕A临" + "0001", c.LenderConsent,
                HoldsIf(c.Holds), 7, v.Office, now),
            TransferIn c => VehicleRules.TransferIn(v, c.AtDestination ? v.DestinationOffice ?? OtherOffice : AnotherOfficeThan(v.DestinationOffice ?? Office),
                freshPlate(), 7, now),
            Mortgage c => VehicleRules.Mortgage(v, c.WithLender ? "Bank of Xi'an" : " ", now),
            ReleaseMortgage => VehicleRules.ReleaseMortgage(v, now),
            Seize => VehicleRules.Seize(v, "court", "debt", now),
            ReleaseSeizure => VehicleRules.ReleaseSeizure(v, now),
            ReportStolen => VehicleRules.ReportStolen(v, "JJ-1", now),
            Recover => VehicleRules.Recover(v, now),
            Inspect c => VehicleRules.RecordInspection(v, StationFor(v, c.Station), c.Passed, today, now),
            Sticker c => VehicleRules.IssueSticker(v, c.Mode, today.AddDays(c.InsuranceDays), HoldsIf(c.Holds),
                StationFor(v, c.Station), now),
            ReplaceDocument { Which: Document.Plate } => VehicleRules.ReplacePlate(v, "lost", now),
            ReplaceDocument { Which: Document.Licence } => VehicleRules.ReplaceLicence(v, "lost", now),
            ReplaceDocument { Which: Document.Certificate } c => VehicleRules.ReplaceCertificate(v, c.ByAgent ? Agent : Clerk,
                "damaged", now),
            ReplaceDocument => VehicleRules.ReplaceSticker(v, "damaged", now),
            Deregister c => VehicleRules.Deregister(v, c.WithReason ? "scrapped" : "", now),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    /// <summary>What an accepted decision promises, checked against the state before it.</summary>
    private static void AcceptedAsPromised(Vehicle before, Command command, object decided, DateOnly today)
    {
        before.Status.Should().NotBe(VehicleStatus.Deregistered, "a deregistered vehicle accepts nothing further ({0})", command);

        switch (decided)
        {
            case VehicleOwnershipTransferred or VehicleTransferredOut:
                before.Status.Should().Be(VehicleStatus.Registered);
                before.Seized.Should().BeFalse("a seized vehicle never changes hands");
                before.Stolen.Should().BeFalse("a stolen vehicle never changes hands");
                var (consent, holds) = command switch
                {
                    Transfer c => (c.LenderConsent, c.Holds),
                    TransferOut c => (c.LenderConsent, c.Holds),
                    _ => throw new InvalidOperationException($"{decided} came from {command}"),
                };
                if (before.IsMortgaged)
                    consent.Should().BeTrue("a mortgaged vehicle changes hands only with the lender's consent");
                holds.Should().BeFalse("a vehicle with violations or accidents outstanding does not change hands");
                break;
        }

        switch (decided)
        {
            case VehicleOwnershipTransferred t:
                var transfer = (Transfer)command;
                t.BuyerIdNumber.Should().NotBe(before.OwnerIdNumber);
                today.Should().BeOnOrBefore(t.DeliveredOn.AddDays(VehicleRules.TransferDeadlineDays), "transfer within 30 days of delivery");
                transfer.ElsewhereOffice.Should().BeFalse("a transfer is registered at the vehicle's own office");
                if (t.SellerKeptNumber)
                {
                    t.Plate.Should().NotBe(t.PreviousPlate, "the seller keeps the number: the buyer gets another");
                    today.Should().BeOnOrAfter(before.PlateSince.AddYears(VehicleRules.KeepNumberAfterYears));
                }
                break;

            case VehicleTransferredOut o:
                o.DestinationOffice.Should().NotBe(before.Office);
                break;

            case VehicleTransferredIn i:
                before.Status.Should().Be(VehicleStatus.TransferredOut);
                i.Office.Should().Be(before.DestinationOffice, "only the destination office registers the vehicle in");
                break;

            case VehicleInspected i:
                before.Status.Should().Be(VehicleStatus.Registered);
                ((Inspect)command).Station.Should().NotBe(StationChoice.Revoked).And.NotBe(StationChoice.None,
                    "only a recognised station's certificate counts");
                if (i.StationProvince != before.HomeProvince)
                    InspectionSchedule.MayBeInspectedAwayFromHome(before.Kind).Should().BeTrue("buses and school buses are inspected at home");
                break;

            case InspectionStickerIssued s:
                var sticker = (Sticker)command;
                before.Status.Should().Be(VehicleStatus.Registered);
                s.InsuranceValidUntil.Should().BeOnOrAfter(today, "a sticker is issued only with compulsory insurance valid");
                sticker.Holds.Should().BeFalse("a sticker is issued only with violations and accidents cleared");
                today.Should().BeOnOrAfter(InspectionSchedule.WindowOpens(before.InspectionDue), "the sticker window opens 3 months before due");
                s.PreviousDue.Should().Be(before.InspectionDue);
                s.ValidUntil.Should().BeAfter(s.PreviousDue);
                if (s.Mode == StickerMode.Exempt)
                    InspectionSchedule.IsExempt(before.Kind, before.Use, before.Seats, before.RegisteredOn, before.InspectionDue)
                        .Should().BeTrue("only private small cars under 6 years skip the station");
                else
                {
                    before.LastInspection.Should().NotBeNull("a station sticker needs an inspection");
                    before.LastInspection!.Passed.Should().BeTrue("a station sticker needs a passed inspection");
                    before.LastInspection.InspectedOn.Should().BeOnOrAfter(InspectionSchedule.WindowOpens(before.InspectionDue),
                        "the inspection counts for the period whose window it falls in");
                    sticker.Station.Should().NotBe(StationChoice.Revoked).And.NotBe(StationChoice.None);
                }
                break;

            case VehicleMortgaged:
                before.IsMortgaged.Should().BeFalse("a vehicle is mortgaged once at a time");
                break;

            case RegistrationCertificateReplaced:
                ((ReplaceDocument)command).ByAgent.Should().BeFalse("an agent never replaces a registration certificate");
                break;
        }
    }

    /// <summary>What must be true of the vehicle after any sequence, whatever was accepted or refused.</summary>
    private static void HoldsAfterAnyStep(Vehicle state, List<object> stored)
    {
        // One plate at a time: the registered one, or a temporary one in transit, or none once deregistered.
        (state.Plate is null || state.TemporaryPlate is null).Should().BeTrue("a vehicle carries at most one plate");
        switch (state.Status)
        {
            case VehicleStatus.Registered:
                state.Plate.Should().NotBeNull();
                PlateNumber.ProvinceOf(state.Plate!).Should().Be(state.HomeProvince);
                break;
            case VehicleStatus.TransferredOut:
                state.Plate.Should().BeNull();
                state.TemporaryPlate.Should().NotBeNull();
                break;
            default:
                state.Plate.Should().BeNull();
                break;
        }

        // Each sticker takes over from the last: the due date only moves forward.
        stored.OfType<InspectionStickerIssued>().Select(s => s.ValidUntil).Should().BeInAscendingOrder()
            .And.OnlyHaveUniqueItems();
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType());

    private static object RoundTrip(object e) => JsonSerializer.Deserialize(Json(e), e.GetType())!;
}
