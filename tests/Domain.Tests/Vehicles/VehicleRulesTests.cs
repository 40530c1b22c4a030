using FluentAssertions;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Vehicles;
using static TrafficCqrs.Domain.Tests.Vehicles.VehicleHistory;

namespace TrafficCqrs.Domain.Tests.Vehicles;

/// <summary>Given a vehicle's events, when a command is decided, then an event or a refusal with its rule code.</summary>
public sealed class VehicleRulesTests
{
    private static readonly DateOnly Reg = new(2020, 5, 10);
    private static readonly IReadOnlyList<string> NoHolds = [];
    private static readonly Actor Clerk = new("clerk.1", ["clerk"], Office, "W01", null, Channels.Window);
    private static readonly Actor Agent = new("agent.1", ["agent"], Office, null, "DEALER-1", Channels.Outlet);

    private static void Refused(Action decide, string code) =>
        decide.Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);

    // Registration

    [Fact]
    public void registration_sets_the_first_inspection_two_years_on()
    {
        Vin.TryParse(TheVin, out var vin, out _).Should().BeTrue();
        var e = VehicleRules.Register(vin, Owner, VehicleKind.SmallCar, VehicleUse.Private, 5, ThePlate, Office, At(Reg));
        e.Should().Be(Registered(Reg));
        e.InspectionDue.Should().Be(new DateOnly(2022, 5, 10));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void a_small_car_has_one_to_nine_seats(int seats)
    {
        Vin.TryParse(TheVin, out var vin, out _);
        Refused(() => VehicleRules.Register(vin, Owner, VehicleKind.SmallCar, VehicleUse.Private, seats, ThePlate, Office,
            At(Reg)), VehicleRules.InvalidSeats);
    }

    // Transfer (转让登记)

    private static VehicleOwnershipTransferred Transfer(Vehicle v, DateOnly on, bool consent = false,
        bool keep = false, string? newPlate = null, IReadOnlyList<string>? holds = null, DateOnly? delivered = null) =>
        VehicleRules.Transfer(v, Buyer, delivered ?? on, consent, keep, newPlate, holds ?? NoHolds, Office, At(on));

    [Fact]
    public void a_clear_vehicle_changes_hands_with_its_plate()
    {
        var day = Reg.AddMonths(6);
        Transfer(Given(Registered(Reg)), day).Should().Be(new VehicleOwnershipTransferred(Id, TheVin, Owner, Buyer, day,
            ThePlate, ThePlate, false, At(day)));
    }

    [Fact]
    public void a_seized_vehicle_cannot_be_transferred() =>
        Refused(() => Transfer(Given(Registered(Reg), new VehicleSeized(Id, TheVin, "court", "debt", At(Reg))), Reg),
            VehicleRules.Seized);

    [Fact]
    public void a_stolen_vehicle_cannot_be_transferred() =>
        Refused(() => Transfer(Given(Registered(Reg), new VehicleReportedStolen(Id, TheVin, "JJ-1", At(Reg))), Reg),
            VehicleRules.Stolen);

    [Fact]
    public void a_mortgaged_vehicle_needs_the_lenders_consent()
    {
        var v = Given(Registered(Reg), new VehicleMortgaged(Id, TheVin, "Bank of Xi'an", At(Reg)));
        Refused(() => Transfer(v, Reg), VehicleRules.MortgagedWithoutConsent);
        Transfer(v, Reg, consent: true).BuyerIdNumber.Should().Be(Buyer);
    }

    [Fact]
    public void a_released_seizure_no_longer_blocks() =>
        Transfer(Given(Registered(Reg), new VehicleSeized(Id, TheVin, "court", "debt", At(Reg)),
            new VehicleSeizureReleased(Id, TheVin, At(Reg))), Reg).Should().NotBeNull();

    [Fact]
    public void violations_or_accidents_outstanding_block_the_transfer() =>
        Refused(() => Transfer(Given(Registered(Reg)), Reg, holds: ["violation V-1: speeding"]),
            VehicleRules.HoldsOutstanding);

    [Fact]
    public void transfer_is_applied_for_within_30_days_of_delivery()
    {
        var v = Given(Registered(Reg));
        var delivered = Reg.AddMonths(3);
        Transfer(v, delivered.AddDays(30), delivered: delivered).Should().NotBeNull();
        Refused(() => Transfer(v, delivered.AddDays(31), delivered: delivered), VehicleRules.TransferDeadlinePassed);
    }

    [Fact]
    public void the_seller_keeps_the_number_after_one_year_of_use()
    {
        var v = Given(Registered(Reg));
        Refused(() => Transfer(v, Reg.AddYears(1).AddDays(-1), keep: true, newPlate: "陕A67890"),
            VehicleRules.NumberNotUsedLongEnough);
        var e = Transfer(v, Reg.AddYears(1), keep: true, newPlate: "陕A67890");
        e.SellerKeptNumber.Should().BeTrue();
        e.PreviousPlate.Should().Be(ThePlate);
        e.Plate.Should().Be("陕A67890");
    }

    [Fact]
    public void a_kept_number_needs_a_new_plate_for_the_buyer() =>
        Refused(() => Transfer(Given(Registered(Reg)), Reg.AddYears(2), keep: true), VehicleRules.NewPlateRequired);

    [Fact]
    public void the_buyer_cannot_be_the_owner() =>
        Refused(() => VehicleRules.Transfer(Given(Registered(Reg)), Owner, Reg, false, false, null, NoHolds, Office,
            At(Reg)), VehicleRules.SameOwner);

    [Fact]
    public void only_the_registering_office_transfers() =>
        Refused(() => VehicleRules.Transfer(Given(Registered(Reg)), Buyer, Reg, false, false, null, NoHolds, "110100",
            At(Reg)), VehicleRules.WrongOffice);

    // Cross-region transfer (异地转籍)

    private static VehicleTransferredOut Out(DateOnly on) =>
        VehicleRules.TransferOut(Given(Registered(Reg)), "110100", "临A12345", false, NoHolds, 1, Office, At(on));

    [Fact]
    public void transfer_out_releases_the_plate_and_issues_a_30_day_temporary_plate()
    {
        var day = new DateOnly(2026, 11, 26);
        Out(day).Should().Be(new VehicleTransferredOut(Id, TheVin, Office, "110100", ThePlate, "临A12345",
            new DateOnly(2026, 12, 26), 1, At(day)));
    }

    [Fact]
    public void transfer_out_is_refused_when_seized() =>
        Refused(() => VehicleRules.TransferOut(Given(Registered(Reg), new VehicleSeized(Id, TheVin, "court", "debt", At(Reg))),
            "110100", "临A12345", false, NoHolds, 2, Office, At(Reg)), VehicleRules.Seized);

    [Fact]
    public void only_the_destination_office_transfers_in()
    {
        var day = new DateOnly(2026, 11, 26);
        var v = Given(Registered(Reg), Out(day));
        Refused(() => VehicleRules.TransferIn(v, "120100", "京N12345", 2, At(day)), VehicleRules.WrongOffice);
        var e = VehicleRules.TransferIn(v, "110100", "京N12345", 2, At(day.AddDays(2)));
        e.Should().Be(new VehicleTransferredIn(Id, TheVin, Office, "110100", Owner, "京N12345", 2, At(day.AddDays(2))));
        v.Apply(e).HomeProvince.Should().Be("京");
    }

    [Fact]
    public void a_vehicle_not_transferred_out_cannot_be_transferred_in() =>
        Refused(() => VehicleRules.TransferIn(Given(Registered(Reg)), "110100", "京N12345", 1, At(Reg)),
            VehicleRules.NotTransferredOut);

    [Fact]
    public void a_vehicle_in_transit_cannot_be_transferred_again() =>
        Refused(() => VehicleRules.Transfer(Given(Registered(Reg), Out(Reg)), Buyer, Reg, false, false, null, NoHolds,
            Office, At(Reg)), VehicleRules.NotActive);

    // Inspection

    [Fact]
    public void a_car_may_be_inspected_in_another_province()
    {
        var e = VehicleRules.RecordInspection(Given(Registered(Reg)), Station("S-BJ-01", "京"), true, Reg, At(Reg));
        e.StationProvince.Should().Be("京");
    }

    [Theory]
    [InlineData(VehicleKind.LargeBus)]
    [InlineData(VehicleKind.SchoolBus)]
    public void a_large_bus_or_school_bus_is_inspected_at_home(VehicleKind kind)
    {
        var v = Given(Registered(Reg, kind, VehicleUse.Commercial, 40));
        Refused(() => VehicleRules.RecordInspection(v, Station("S-BJ-01", "京"), true, Reg, At(Reg)),
            VehicleRules.CrossProvinceInspectionNotAllowed);
        VehicleRules.RecordInspection(v, Station(), true, Reg, At(Reg)).Passed.Should().BeTrue();
    }

    [Fact]
    public void a_station_that_lost_recognition_cannot_certify() =>
        Refused(() => VehicleRules.RecordInspection(Given(Registered(Reg)), Station(recognised: false), true, Reg, At(Reg)),
            VehicleRules.StationNotRecognised);

    // Stickers

    private static readonly DateOnly Due2 = Reg.AddYears(2);
    private static readonly DateOnly Due4 = Reg.AddYears(4);
    private static readonly DateOnly Due6 = Reg.AddYears(6);

    private static InspectionStickerIssued Exempt(Vehicle v, DateOnly on, DateOnly? insurance = null,
        IReadOnlyList<string>? holds = null) =>
        VehicleRules.IssueSticker(v, StickerMode.Exempt, insurance ?? on.AddYears(1), holds ?? NoHolds, null, At(on));

    [Fact]
    public void the_day_before_the_three_month_window_is_refused_and_its_first_day_accepted()
    {
        var v = Given(Registered(Reg));
        var opens = Due2.AddMonths(-3);
        Refused(() => Exempt(v, opens.AddDays(-1)), VehicleRules.StickerWindowNotOpen);
        Exempt(v, opens).ValidUntil.Should().Be(Due4);
    }

    [Fact]
    public void an_exempt_sticker_in_year_2_runs_to_year_4_and_in_year_4_to_year_6()
    {
        var v = Given(Registered(Reg));
        var year2 = Exempt(v, Due2.AddDays(-10));
        year2.Should().Be(new InspectionStickerIssued(Id, TheVin, StickerMode.Exempt, Due2, Due4, null,
            Due2.AddDays(-10).AddYears(1), At(Due2.AddDays(-10))));
        var year4 = Exempt(v.Apply(year2), Due4.AddDays(-10));
        year4.PreviousDue.Should().Be(Due4);
        year4.ValidUntil.Should().Be(Due6);
    }

    [Fact]
    public void in_year_6_the_car_goes_to_a_station_and_then_yearly()
    {
        var v = Given(Registered(Reg), Sticker(Due2, Due4), Sticker(Due4, Due6));
        Refused(() => Exempt(v, Due6.AddDays(-10)), VehicleRules.StationInspectionRequired);

        var inspected = v.Apply(Inspected(Due6.AddDays(-20)));
        var e = VehicleRules.IssueSticker(inspected, StickerMode.InPerson, Due6.AddYears(1), NoHolds, Station(),
            At(Due6.AddDays(-10)));
        e.ValidUntil.Should().Be(Reg.AddYears(7));
        e.StationCode.Should().Be("S-XA-01");
    }

    [Fact]
    public void a_nine_seat_private_car_is_exempt_but_a_commercial_one_is_not()
    {
        Exempt(Given(Registered(Reg, seats: 9)), Due2.AddDays(-1)).Mode.Should().Be(StickerMode.Exempt);
        var commercial = Given(Registered(Reg, use: VehicleUse.Commercial));
        Refused(() => Exempt(commercial, commercial.InspectionDue.AddDays(-1)), VehicleRules.NotExempt);
    }

    [Fact]
    public void a_sticker_needs_valid_compulsory_insurance()
    {
        var v = Given(Registered(Reg));
        var day = Due2.AddDays(-10);
        Refused(() => Exempt(v, day, insurance: day.AddDays(-1)), VehicleRules.InsuranceNotValid);
        Exempt(v, day, insurance: day).Should().NotBeNull();
    }

    [Fact]
    public void a_sticker_needs_violations_and_accidents_cleared() =>
        Refused(() => Exempt(Given(Registered(Reg)), Due2.AddDays(-10), holds: ["accident A-7 unresolved"]),
            VehicleRules.HoldsOutstanding);

    [Fact]
    public void an_in_person_sticker_needs_a_passed_inspection_within_the_window()
    {
        var day = Due6.AddDays(-10);
        var v = Given(Registered(Reg), Sticker(Due2, Due4), Sticker(Due4, Due6));
        void InPerson(Vehicle state, InspectionStation station) =>
            VehicleRules.IssueSticker(state, StickerMode.InPerson, day.AddYears(1), NoHolds, station, At(day));

        Refused(() => InPerson(v, Station()), VehicleRules.NoPassedInspection);
        Refused(() => InPerson(v.Apply(Inspected(day, passed: false)), Station()), VehicleRules.NoPassedInspection);
        Refused(() => InPerson(v.Apply(Inspected(Due6.AddMonths(-3).AddDays(-1))), Station()),
            VehicleRules.NoPassedInspection);
        Refused(() => InPerson(v.Apply(Inspected(day)), Station(recognised: false)), VehicleRules.StationNotRecognised);
    }

    // Replacements, holds, deregistration

    [Fact]
    public void a_registration_certificate_is_never_replaced_by_an_agent()
    {
        var v = Given(Registered(Reg));
        Refused(() => VehicleRules.ReplaceCertificate(v, Agent, "lost", At(Reg)), VehicleRules.CertificateNotByAgent);
        VehicleRules.ReplaceCertificate(v, Clerk, "lost", At(Reg)).Reason.Should().Be("lost");
    }

    [Fact]
    public void holds_cannot_be_doubled_or_released_when_absent()
    {
        var v = Given(Registered(Reg), new VehicleMortgaged(Id, TheVin, "Bank", At(Reg)));
        Refused(() => VehicleRules.Mortgage(v, "Other bank", At(Reg)), VehicleRules.AlreadyMortgaged);
        Refused(() => VehicleRules.ReleaseSeizure(v, At(Reg)), VehicleRules.NotSeized);
        Refused(() => VehicleRules.Recover(v, At(Reg)), VehicleRules.NotStolen);
    }

    [Fact]
    public void a_deregistered_vehicle_gets_no_sticker()
    {
        var v = Given(Registered(Reg), new VehicleDeregistered(Id, TheVin, "scrapped", ThePlate, At(Reg)));
        Refused(() => Exempt(v, Due2.AddDays(-1)), VehicleRules.NotActive);
    }

    [Fact]
    public void a_deregistered_vehicle_takes_no_hold_and_loses_none()
    {
        var held = Given(Registered(Reg), new VehicleMortgaged(Id, TheVin, "Bank", At(Reg)),
            new VehicleSeized(Id, TheVin, "court", "debt", At(Reg)), new VehicleReportedStolen(Id, TheVin, "JJ-1", At(Reg)));
        var gone = Given(Registered(Reg), new VehicleDeregistered(Id, TheVin, "scrapped", ThePlate, At(Reg)));
        var goneHeld = Given(Registered(Reg), new VehicleMortgaged(Id, TheVin, "Bank", At(Reg)),
            new VehicleSeized(Id, TheVin, "court", "debt", At(Reg)), new VehicleReportedStolen(Id, TheVin, "JJ-1", At(Reg)),
            new VehicleDeregistered(Id, TheVin, "scrapped", ThePlate, At(Reg)));

        Refused(() => VehicleRules.Seize(gone, "court", "debt", At(Reg)), VehicleRules.NotActive);
        Refused(() => VehicleRules.ReportStolen(gone, "JJ-2", At(Reg)), VehicleRules.NotActive);
        Refused(() => VehicleRules.ReleaseSeizure(goneHeld, At(Reg)), VehicleRules.NotActive);
        Refused(() => VehicleRules.Recover(goneHeld, At(Reg)), VehicleRules.NotActive);
        Refused(() => VehicleRules.ReleaseMortgage(goneHeld, At(Reg)), VehicleRules.NotActive);
        VehicleRules.ReleaseSeizure(held, At(Reg)).Should().NotBeNull("a registered vehicle's holds are lifted as before");
    }
}
