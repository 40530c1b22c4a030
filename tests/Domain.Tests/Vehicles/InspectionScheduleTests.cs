using FluentAssertions;
using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Domain.Tests.Vehicles;

public sealed class InspectionScheduleTests
{
    private static readonly DateOnly Registered = new(2020, 5, 10);

    private static DateOnly Year(double years) => Registered.AddMonths((int)(years * 12));

    [Fact]
    public void a_private_small_car_is_first_due_after_two_years() =>
        InspectionSchedule.FirstDue(VehicleKind.SmallCar, VehicleUse.Private, Registered).Should().Be(Year(2));

    [Theory]
    [InlineData(2, 4)]      // every 2 years up to year 6
    [InlineData(4, 6)]
    [InlineData(6, 7)]      // from year 6: yearly
    [InlineData(7, 8)]
    [InlineData(14, 15)]
    [InlineData(15, 15.5)]  // after 15 years: every 6 months
    [InlineData(15.5, 16)]
    public void a_private_small_car_goes_every_two_years_then_yearly_then_every_six_months(double due, double next) =>
        InspectionSchedule.NextDue(VehicleKind.SmallCar, VehicleUse.Private, Registered, Year(due)).Should().Be(Year(next));

    [Theory]
    [InlineData(VehicleKind.Truck, VehicleUse.Commercial, 9, 10)]
    [InlineData(VehicleKind.Truck, VehicleUse.Commercial, 10, 10.5)]
    [InlineData(VehicleKind.SmallCar, VehicleUse.Commercial, 4, 5)]
    [InlineData(VehicleKind.SmallCar, VehicleUse.Commercial, 5, 5.5)]
    [InlineData(VehicleKind.SchoolBus, VehicleUse.Private, 5, 5.5)]
    [InlineData(VehicleKind.LargeBus, VehicleUse.Private, 9, 10)]
    [InlineData(VehicleKind.Motorcycle, VehicleUse.Private, 2, 4)]
    [InlineData(VehicleKind.Motorcycle, VehicleUse.Private, 4, 5)]
    public void other_kinds_follow_their_own_intervals(VehicleKind kind, VehicleUse use, double due, double next) =>
        InspectionSchedule.NextDue(kind, use, Registered, Year(due)).Should().Be(Year(next));

    [Theory]
    [InlineData(2, true)]
    [InlineData(4, true)]
    [InlineData(6, false)]  // the 6th year goes to a station
    [InlineData(7, false)]
    public void a_private_car_is_exempt_in_years_2_and_4_only(int dueYear, bool exempt) =>
        InspectionSchedule.IsExempt(VehicleKind.SmallCar, VehicleUse.Private, 5, Registered, Year(dueYear))
            .Should().Be(exempt);

    [Theory]
    [InlineData(VehicleKind.SmallCar, VehicleUse.Private, 7, true)]    // 7–9 seats included since 2020
    [InlineData(VehicleKind.SmallCar, VehicleUse.Private, 9, true)]
    [InlineData(VehicleKind.SmallCar, VehicleUse.Private, 10, false)]
    [InlineData(VehicleKind.SmallCar, VehicleUse.Commercial, 5, false)]
    [InlineData(VehicleKind.MediumBus, VehicleUse.Private, 9, false)]
    public void only_private_small_cars_of_up_to_9_seats_can_be_exempt(VehicleKind kind, VehicleUse use, int seats,
        bool exempt) =>
        InspectionSchedule.IsExemptKind(kind, use, seats).Should().Be(exempt);

    [Theory]
    [InlineData(VehicleKind.SmallCar, true)]
    [InlineData(VehicleKind.Truck, true)]
    [InlineData(VehicleKind.MediumBus, true)]
    [InlineData(VehicleKind.LargeBus, false)]
    [InlineData(VehicleKind.SchoolBus, false)]
    public void large_buses_and_school_buses_stay_in_their_province(VehicleKind kind, bool away) =>
        InspectionSchedule.MayBeInspectedAwayFromHome(kind).Should().Be(away);

    [Fact]
    public void the_window_opens_three_months_before_the_due_date() =>
        InspectionSchedule.WindowOpens(new DateOnly(2026, 5, 10)).Should().Be(new DateOnly(2026, 2, 10));
}
