using FluentAssertions;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Vehicles;
using static TrafficCqrs.Domain.Tests.Vehicles.VehicleHistory;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Domain.Tests.Vehicles;

public sealed class PlateRulesTests
{
    private const string Number = "陕A8K2M7";
    private static readonly Guid OfferId = Guid.NewGuid();
    private static readonly DateOnly Day = new(2026, 11, 26);
    private static readonly string[] Offered = [Number, "陕A8K2M8"];
    private static readonly Guid PlateId = VehicleKeys.Plate(Number);

    private static void Refused(Action decide, string code) =>
        decide.Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);

    private static PlateSelected Selected(string vin = TheVin, string applicant = Owner) =>
        new(PlateId, Number, vin, applicant, OfferId, At(Day));

    private static Plate Given(params object[] events)
    {
        var state = Plate.Create((PlateSelected)events[0]);
        foreach (var e in events.Skip(1))
            state = e switch
            {
                PlateSelected x => state.Apply(x),
                PlateAssigned x => state.Apply(x),
                PlateRetained x => state.Apply(x),
                PlateReleased x => state.Apply(x),
                _ => throw new ArgumentException(e.GetType().Name),
            };
        return state;
    }

    [Fact]
    public void a_free_offered_number_can_be_selected() =>
        PlateRules.Select(null, Number, TheVin, Owner, OfferId, Offered, At(Day)).Should().Be(Selected());

    [Fact]
    public void a_number_not_offered_cannot_be_selected() =>
        Refused(() => PlateRules.Select(null, "陕A00001", TheVin, Owner, OfferId, Offered, At(Day)), PlateRules.NotOffered);

    [Fact]
    public void a_selected_or_assigned_number_is_taken()
    {
        Refused(() => PlateRules.Select(Given(Selected()), Number, "OTHER", Buyer, OfferId, Offered, At(Day)),
            PlateRules.Taken);
        var assigned = Given(Selected(), new PlateAssigned(PlateId, Number, Id, TheVin, Owner, At(Day)));
        Refused(() => PlateRules.Select(assigned, Number, "OTHER", Buyer, OfferId, Offered, At(Day)), PlateRules.Taken);
    }

    [Fact]
    public void a_released_number_is_free_again() =>
        PlateRules.Select(Given(Selected(), new PlateReleased(PlateId, Number, "deregistered", At(Day))), Number,
            "OTHER", Buyer, OfferId, Offered, At(Day)).ApplicantIdNumber.Should().Be(Buyer);

    [Fact]
    public void only_the_selecting_applicant_puts_the_number_on_that_vehicle()
    {
        var selected = Given(Selected());
        Refused(() => PlateRules.Assign(selected, Number, Id, TheVin, Buyer, At(Day)), PlateRules.NotSelectedForVehicle);
        Refused(() => PlateRules.Assign(selected, Number, Id, "OTHERVIN", Owner, At(Day)), PlateRules.NotSelectedForVehicle);
        Refused(() => PlateRules.Assign(null, Number, Id, TheVin, Owner, At(Day)), PlateRules.NotSelectedForVehicle);
        PlateRules.Assign(selected, Number, Id, TheVin, Owner, At(Day)).VehicleId.Should().Be(Id);
    }

    [Fact]
    public void a_kept_number_is_claimed_by_its_holder_within_two_years()
    {
        var assigned = Given(Selected(), new PlateAssigned(PlateId, Number, Id, TheVin, Owner, At(Day)));
        var retained = PlateRules.Retain(assigned, Owner, At(Day));
        retained.RetainedUntil.Should().Be(Day.AddYears(2));
        var kept = assigned.Apply(retained);

        Refused(() => PlateRules.Select(kept, Number, "OTHER", Buyer, OfferId, Offered, At(Day.AddYears(2))),
            PlateRules.Taken);
        PlateRules.Assign(kept, Number, Guid.NewGuid(), "NEWVIN", Owner, At(Day.AddYears(2))).OwnerIdNumber
            .Should().Be(Owner);
        Refused(() => PlateRules.Assign(kept, Number, Guid.NewGuid(), "NEWVIN", Owner, At(Day.AddYears(2).AddDays(1))),
            PlateRules.RetentionExpired);
        PlateRules.Select(kept, Number, "OTHER", Buyer, OfferId, Offered, At(Day.AddYears(2).AddDays(1)))
            .Should().NotBeNull("an unclaimed number returns to the pool");
    }

    [Theory]
    [InlineData("陕A12345", true)]
    [InlineData("陕AD12345", true)]   // new energy: 6 characters
    [InlineData("陕a 12345", true)]
    [InlineData("XA12345", false)]
    [InlineData("陕112345", false)]
    [InlineData("陕A1234", false)]
    [InlineData("陕A1234O", false)]
    public void plate_numbers_have_a_province_a_letter_and_five_or_six_characters(string input, bool valid) =>
        PlateNumber.TryNormalise(input, out _, out _).Should().Be(valid);
}
