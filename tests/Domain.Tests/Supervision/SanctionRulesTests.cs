using FluentAssertions;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Domain.Tests.Supervision;

public sealed class SanctionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly Guid SanctionId = Guid.Parse("0190f3a2-4444-7000-8000-000000000001");
    private const string Outlet = SanctionTargetKinds.Outlet;

    private static SanctionImposed Imposed(string measure, DateTimeOffset? from = null, DateTimeOffset? until = null) =>
        SanctionRules.Impose(Outlet, "P001", SanctionId, measure, "False inspection results.", from, until, Now);

    private static void Refused(Action act, string code) =>
        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);

    [Fact]
    public void a_suspension_is_for_a_period() =>
        Refused(() => Imposed(SanctionMeasures.Suspended), SanctionRules.SuspensionNeedsEnd);

    [Fact]
    public void a_blacklisting_may_be_open_ended() =>
        Imposed(SanctionMeasures.Blacklisted).Should().Match<SanctionImposed>(e => e.Until == null && e.From == Now);

    [Fact]
    public void a_period_ends_after_it_begins() =>
        Refused(() => Imposed(SanctionMeasures.Suspended, Now, Now), SanctionRules.PeriodInvalid);

    [Fact]
    public void a_sanction_states_its_reason() =>
        Refused(() => SanctionRules.Impose(Outlet, "P001", SanctionId, SanctionMeasures.Blacklisted, " ", null, null, Now),
            SanctionRules.ReasonRequired);

    [Fact]
    public void an_inspection_records_findings() =>
        Refused(() => SanctionRules.RecordInspection(Outlet, "P001", Guid.NewGuid(), InspectionKinds.CallBack, null, "",
            true, Now), SanctionRules.FindingsRequired);

    [Fact]
    public void a_sanction_is_in_force_from_its_start_until_just_before_its_end()
    {
        var until = Now.AddDays(30);
        var record = SanctionRecord.Create(Imposed(SanctionMeasures.Suspended, Now, until));

        record.StandingAt(Now.AddTicks(-1)).MayDoBusiness.Should().BeTrue();
        record.StandingAt(Now).Suspended.Should().BeTrue();
        record.StandingAt(until.AddTicks(-1)).MayDoBusiness.Should().BeFalse();
        record.StandingAt(until).MayDoBusiness.Should().BeTrue();
    }

    [Fact]
    public void a_lifted_sanction_no_longer_blocks_business()
    {
        var record = SanctionRecord.Create(Imposed(SanctionMeasures.Blacklisted));
        var lifted = record.Apply(SanctionRules.Lift(record, SanctionId, "Appeal upheld.", Now.AddDays(2)));

        lifted.StandingAt(Now.AddDays(1)).Blacklisted.Should().BeTrue();
        lifted.StandingAt(Now.AddDays(2)).MayDoBusiness.Should().BeTrue();
        Refused(() => SanctionRules.Lift(lifted, SanctionId, "Again.", Now.AddDays(3)), SanctionRules.SanctionNotInForce);
        Refused(() => SanctionRules.Lift(lifted, Guid.NewGuid(), "Unknown.", Now), SanctionRules.SanctionNotInForce);
    }

    [Fact]
    public void a_blacklisted_or_suspended_target_is_refused_new_business()
    {
        var blacklisted = SanctionRecord.Create(Imposed(SanctionMeasures.Blacklisted));
        var suspended = SanctionRecord.Create(Imposed(SanctionMeasures.Suspended, until: Now.AddDays(10)));
        var inspected = SanctionRecord.Create(SanctionRules.RecordInspection(Outlet, "P001", Guid.NewGuid(),
            InspectionKinds.SpotCheck, null, "Photos missing.", false, Now));

        Refused(() => SanctionRules.EnsureMayDoBusiness(blacklisted.StandingAt(Now)), SanctionRules.Blacklisted);
        Refused(() => SanctionRules.EnsureMayDoBusiness(suspended.StandingAt(Now)), SanctionRules.Suspended);
        FluentActions.Invoking(() => SanctionRules.EnsureMayDoBusiness(inspected.StandingAt(Now))).Should().NotThrow();
        inspected.NonCompliantInspections.Should().Be(1);
    }
}
