using FluentAssertions;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Domain.Tests.Outlets;

/// <summary>Given an outlet's events, when its staff act or the office changes it, then events, a refusal or nothing.</summary>
public sealed class OutletRulesTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, China);
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly Until = new(2026, 12, 31);
    private const string Code = "PO-610100-01";
    private const string Office = "610100";

    private static BusinessType Type(string code) => BusinessCatalogue.Standard.Find(code)!;
    private static readonly BusinessType LicenceLost = Type("licence.replace_lost");
    private static readonly BusinessType VehicleLicence = Type("vehicle.replace_vehicle_licence");
    private static readonly BusinessType Certificate = Type("vehicle.replace_certificate");
    private static readonly BusinessType RegisterNew = Type("vehicle.register_new");

    private static readonly Actor Staff = new("postal.zhang", ["agent"], Office, null, Code, Channels.Outlet);

    private static OutletCommissioned Commissioned(params BusinessType[] types) =>
        OutletRules.Commission(null, Code, "Beilin post office", OutletKinds.PostOffice, Office,
            types.Length > 0 ? types : [LicenceLost], ["postal.zhang"], From, Until, Now.AddDays(-300));

    private static Outlet Given(params object[] events)
    {
        var state = Outlet.Create((OutletCommissioned)events[0]);
        foreach (var e in events.Skip(1))
            state = e switch
            {
                OutletSuspended x => state.Apply(x),
                OutletResumed x => state.Apply(x),
                OutletAuthorisationsChanged x => state.Apply(x),
                OutletStaffChanged x => state.Apply(x),
                OutletCommissionEnded x => state.Apply(x),
                _ => throw new ArgumentException(e.GetType().Name),
            };
        return state;
    }

    private static OutletRefusal? MayOpen(Outlet? outlet, BusinessType? type = null, DateTimeOffset? at = null,
        Actor? actor = null) =>
        OutletRules.MayOpen(outlet, Code, actor ?? Staff, type ?? LicenceLost, at ?? Now);

    private static void Refused(Action decide, string code) =>
        decide.Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);

    [Fact]
    public void commissioning_records_kind_office_types_staff_and_period()
    {
        var e = Commissioned(LicenceLost, VehicleLicence);

        e.OutletId.Should().Be(OutletIds.For(Code));
        e.Kind.Should().Be("post_office");
        e.Office.Should().Be(Office);
        e.BusinessTypes.Should().Equal("licence.replace_lost", "vehicle.replace_vehicle_licence");
        e.Staff.Should().Equal("postal.zhang");
        (e.ValidFrom, e.ValidUntil).Should().Be((From, Until));
    }

    [Fact]
    public void the_outlet_id_follows_from_the_code() =>
        OutletIds.For(Code).Should().Be(OutletIds.For(Code)).And.NotBe(OutletIds.For(Code + "X"));

    [Fact]
    public void an_outlet_is_commissioned_once() =>
        Refused(() => OutletRules.Commission(Given(Commissioned()), Code, "n", OutletKinds.PostOffice, Office,
            [LicenceLost], ["a"], From, Until, Now), OutletRules.AlreadyCommissioned);

    [Fact]
    public void a_registration_certificate_is_never_delegated() =>
        Refused(() => Commissioned(Certificate), OutletRules.TypeNotDelegable);

    [Fact]
    public void a_post_office_cannot_be_authorised_for_new_car_registration() =>
        Refused(() => Commissioned(RegisterNew), OutletRules.TypeNotForKind);

    [Fact]
    public void a_commission_needs_staff() =>
        Refused(() => OutletRules.Commission(null, Code, "n", OutletKinds.PostOffice, Office, [LicenceLost], [" "],
            From, Until, Now), OutletRules.NoStaff);

    [Fact]
    public void a_commission_cannot_end_before_it_starts() =>
        Refused(() => OutletRules.Commission(null, Code, "n", OutletKinds.PostOffice, Office, [LicenceLost], ["a"],
            Until, From, Now), OutletRules.InvalidPeriod);

    [Fact]
    public void a_commission_already_over_is_refused() =>
        Refused(() => OutletRules.Commission(null, Code, "n", OutletKinds.PostOffice, Office, [LicenceLost], ["a"],
            From, new DateOnly(2026, 11, 25), Now), OutletRules.InvalidPeriod);

    [Fact]
    public void staff_may_open_an_authorised_type_within_the_commission() =>
        MayOpen(Given(Commissioned())).Should().BeNull();

    // Validity boundaries, in the office's calendar (UTC+8): the last valid day counts to its last minute.
    [Fact]
    public void the_last_valid_day_is_still_valid() =>
        MayOpen(Given(Commissioned()), at: new DateTimeOffset(2026, 12, 31, 23, 59, 59, China)).Should().BeNull();

    [Fact]
    public void the_day_after_the_last_valid_day_is_refused() =>
        MayOpen(Given(Commissioned()), at: new DateTimeOffset(2027, 1, 1, 0, 0, 0, China))!.Code
            .Should().Be(OutletRules.Expired);

    [Fact]
    public void the_day_after_begins_at_midnight_in_china_even_when_it_is_still_the_31st_in_utc() =>
        MayOpen(Given(Commissioned()), at: new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero))!.Code
            .Should().Be(OutletRules.Expired);

    [Fact]
    public void the_first_valid_day_is_valid_and_the_day_before_is_not()
    {
        MayOpen(Given(Commissioned()), at: new DateTimeOffset(2026, 1, 1, 0, 0, 0, China)).Should().BeNull();
        MayOpen(Given(Commissioned()), at: new DateTimeOffset(2025, 12, 31, 23, 59, 59, China))!.Code
            .Should().Be(OutletRules.NotYetValid);
    }

    [Fact]
    public void an_uncommissioned_outlet_is_refused() =>
        MayOpen(null)!.Code.Should().Be(OutletRules.NotCommissioned);

    [Fact]
    public void someone_not_on_the_staff_is_refused() =>
        MayOpen(Given(Commissioned()), actor: Staff with { UserId = "postal.wang" })!.Code.Should().Be(OutletRules.NotStaff);

    [Fact]
    public void staff_of_another_office_are_refused() =>
        MayOpen(Given(Commissioned()), actor: Staff with { Office = "610200" })!.Code.Should().Be(OutletRules.OtherOffice);

    [Fact]
    public void a_suspended_outlet_is_refused_with_the_suspension_reason()
    {
        var refusal = MayOpen(Given(Commissioned(), new OutletSuspended(OutletIds.For(Code), "Spot check failed.", Now)))!;

        refusal.Code.Should().Be(OutletRules.Suspended);
        refusal.Reason.Should().Contain("Spot check failed.");
    }

    [Fact]
    public void a_resumed_outlet_may_act_again() =>
        MayOpen(Given(Commissioned(), new OutletSuspended(OutletIds.For(Code), "x", Now),
            new OutletResumed(OutletIds.For(Code), Now))).Should().BeNull();

    [Fact]
    public void an_ended_commission_is_refused() =>
        MayOpen(Given(Commissioned(), new OutletCommissionEnded(OutletIds.For(Code), "Closed.", Now)))!.Code
            .Should().Be(OutletRules.Ended);

    [Fact]
    public void a_type_not_authorised_is_refused() =>
        MayOpen(Given(Commissioned()), VehicleLicence)!.Code.Should().Be(OutletRules.NotAuthorised);

    [Fact]
    public void a_changed_authorisation_takes_effect()
    {
        var outlet = Given(Commissioned(), OutletRules.ChangeAuthorisations(Given(Commissioned()), [VehicleLicence], Now));

        MayOpen(outlet, VehicleLicence).Should().BeNull();
        MayOpen(outlet, LicenceLost)!.Code.Should().Be(OutletRules.NotAuthorised);
    }

    [Fact]
    public void a_registration_certificate_is_refused_to_an_agent_and_says_so()
    {
        var refusal = MayOpen(Given(Commissioned()), Certificate)!;

        refusal.Code.Should().Be(OutletRules.TypeNotDelegable);
        refusal.Reason.Should().Contain("registration certificate").And.Contain("office counter");
    }

    [Fact]
    public void a_business_no_outlet_may_do_is_refused_as_such_even_without_a_commission()
    {
        var refusal = MayOpen(null, Certificate)!;

        refusal.Code.Should().Be(OutletRules.TypeNotDelegable);
        refusal.Reason.Should().Contain(Certificate.Code);
        MayOpen(null)!.Code.Should().Be(OutletRules.NotCommissioned);
    }

    [Fact]
    public void acting_on_another_outlets_case_is_refused()
    {
        var opened = CaseRules.Open(Guid.NewGuid(), LicenceLost, "11010519491231002X",
            Staff with { Outlet = "PO-OTHER" }, Now);

        OutletRules.MayAct(Given(Commissioned()), Code, Staff, ServiceCase.Create(opened), LicenceLost, Now)!.Code
            .Should().Be(OutletRules.OtherOutletsCase);
    }

    [Fact]
    public void acting_on_its_own_case_follows_the_commission()
    {
        var own = ServiceCase.Create(CaseRules.Open(Guid.NewGuid(), LicenceLost, "11010519491231002X", Staff, Now));

        OutletRules.MayAct(Given(Commissioned()), Code, Staff, own, LicenceLost, Now).Should().BeNull();
        OutletRules.MayAct(Given(Commissioned(), new OutletSuspended(OutletIds.For(Code), "x", Now)), Code, Staff, own,
            LicenceLost, Now)!.Code.Should().Be(OutletRules.Suspended);
    }

    [Fact]
    public void suspension_needs_a_reason_and_cannot_repeat()
    {
        Refused(() => OutletRules.Suspend(Given(Commissioned()), " ", Now), OutletRules.ReasonRequired);
        Refused(() => OutletRules.Suspend(Given(Commissioned(), new OutletSuspended(OutletIds.For(Code), "x", Now)), "y", Now),
            OutletRules.AlreadySuspended);
    }

    [Fact]
    public void only_a_suspended_outlet_resumes() =>
        Refused(() => OutletRules.Resume(Given(Commissioned()), Now), OutletRules.NotSuspended);

    [Fact]
    public void nothing_changes_after_the_commission_ended()
    {
        var ended = Given(Commissioned(), new OutletCommissionEnded(OutletIds.For(Code), "Closed.", Now));

        Refused(() => OutletRules.Suspend(ended, "x", Now), OutletRules.Ended);
        Refused(() => OutletRules.Resume(ended, Now), OutletRules.Ended);
        Refused(() => OutletRules.ChangeAuthorisations(ended, [LicenceLost], Now), OutletRules.Ended);
        Refused(() => OutletRules.ChangeStaff(ended, ["a"], Now), OutletRules.Ended);
        Refused(() => OutletRules.End(ended, "again", Now), OutletRules.Ended);
    }

    [Fact]
    public void changed_staff_replace_the_old()
    {
        var outlet = Given(Commissioned(), OutletRules.ChangeStaff(Given(Commissioned()), ["postal.wang"], Now));

        MayOpen(outlet, actor: Staff with { UserId = "postal.wang" }).Should().BeNull();
        MayOpen(outlet)!.Code.Should().Be(OutletRules.NotStaff);
    }

    [Fact]
    public void a_rural_point_may_be_authorised_for_motorcycle_registration()
    {
        var motorcycle = Type("vehicle.register_motorcycle");
        var e = OutletRules.Commission(null, "RP-1", "Township point", OutletKinds.RuralPoint, Office, [motorcycle, LicenceLost],
            ["a"], From, Until, Now);

        e.BusinessTypes.Should().Contain("vehicle.register_motorcycle");
    }
}
