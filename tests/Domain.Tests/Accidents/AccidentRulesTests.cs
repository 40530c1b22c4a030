using FluentAssertions;
using TrafficCqrs.Domain.Accidents;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Tests.Accidents;

/// <summary>Given an accident's events, when a command is decided, then events or a refusal with its code.</summary>
public sealed class AccidentRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly Guid Id = Guid.NewGuid();
    private const string DriverA = "11010519491231002X";
    private const string DriverB = "610102198511204563";

    private static readonly AccidentParty A = new(DriverA, "陕A12345", "PICC", "P-1", "front");
    private static readonly AccidentParty B = new(DriverB, "陕A54321", "PingAn", "Q-2", "rear");

    private static PartyReport Report(AccidentParty p) => new(p.IdNumber, p.Plate, p.Insurer, p.PolicyNumber, p.PointOfImpact);

    private static AccidentReport Clean(bool injured = false, PartyReport? second = null) =>
        new(Now.AddMinutes(-20), "Keji Rd / Gaoxin Rd", injured, [Report(A), second ?? Report(B)]);

    private static AccidentReported Reported() => AccidentRules.Report(Id, Now.AddMinutes(-20), "Keji Rd", [A, B], Now);

    private static IReadOnlyList<ResponsibilityShare> Shares(string a, string b) =>
        [new(DriverA, a), new(DriverB, b)];

    private static Accident Given(params object[] events)
    {
        var a = Accident.Create((AccidentReported)events[0]);
        foreach (var e in events.Skip(1))
            a = e switch
            {
                AccidentResponsibilityAgreed x => a.Apply(x),
                AccidentPoliceDecisionRequested x => a.Apply(x),
                AccidentResponsibilityDecided x => a.Apply(x),
                AccidentDamageAssessed x => a.Apply(x),
                AccidentClaimSettled x => a.Apply(x),
                AccidentClosed x => a.Apply(x),
                _ => throw new ArgumentException(e.GetType().Name),
            };
        return a;
    }

    private static AccidentResponsibilityAgreed Agreed() => new(Id, Shares("full", "none"), Now);

    private static void Refused(Action decide, string code) =>
        decide.Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);

    public static TheoryData<AccidentReport, string> PoliceMustAttend => new()
    {
        { Clean(injured: true), AccidentRules.Injury },
        { Clean(second: Report(B) with { Unlicensed = true }), AccidentRules.UnlicensedDriver },
        { Clean(second: Report(B) with { Drunk = true }), AccidentRules.DrunkDriver },
        { Clean(second: Report(B) with { Plate = null }), AccidentRules.MissingPlate },
        { Clean(second: Report(B) with { Plate = "  " }), AccidentRules.MissingPlate },
        { Clean(second: Report(B) with { PlateSuspectedFake = true }), AccidentRules.FakePlate },
        { Clean(second: Report(B) with { Fled = true, IdNumber = null, Plate = null }), AccidentRules.PartyFled },
        { Clean(second: Report(B) with { VehicleCannotMove = true }), AccidentRules.VehicleCannotMove },
    };

    [Theory]
    [MemberData(nameof(PoliceMustAttend))]
    public void each_cause_for_the_police_to_attend_refuses_with_its_code(AccidentReport report, string code) =>
        Refused(() => AccidentRules.RefuseWherePoliceMustAttend(report), code);

    [Fact]
    public void a_property_only_accident_between_present_sober_licensed_drivers_is_accepted()
    {
        AccidentRules.RefuseWherePoliceMustAttend(Clean());

        Reported().Should().BeEquivalentTo(new AccidentReported(Id, Now.AddMinutes(-20), "Keji Rd", [A, B], Now));
    }

    [Fact]
    public void one_party_alone_is_not_a_fast_settlement() =>
        Refused(() => AccidentRules.Report(Id, Now, "x", [A], Now), AccidentRules.NeedsTwoParties);

    [Fact]
    public void the_same_vehicle_twice_is_refused() =>
        Refused(() => AccidentRules.Report(Id, Now, "x", [A, B with { Plate = A.Plate }], Now), AccidentRules.DuplicateParty);

    [Theory]
    [InlineData("full", "none")]
    [InlineData("none", "full")]
    [InlineData("main", "secondary")]
    [InlineData("equal", "equal")]
    public void the_parties_agree_a_consistent_responsibility(string a, string b) =>
        AccidentRules.AgreeResponsibility(Given(Reported()), Shares(a, b), Now).Shares.Should().Equal(Shares(a, b));

    [Theory]
    [InlineData("full", "full")]
    [InlineData("none", "none")]
    [InlineData("main", "none")]
    [InlineData("equal", "secondary")]
    public void inconsistent_shares_are_refused(string a, string b) =>
        Refused(() => AccidentRules.AgreeResponsibility(Given(Reported()), Shares(a, b), Now),
            AccidentRules.InconsistentResponsibility);

    [Fact]
    public void shares_must_name_every_party_once() =>
        Refused(() => AccidentRules.AgreeResponsibility(Given(Reported()), [new(DriverA, "full")], Now),
            AccidentRules.SharesMustCoverParties);

    [Fact]
    public void an_unknown_share_is_refused() =>
        Refused(() => AccidentRules.AgreeResponsibility(Given(Reported()), Shares("most", "none"), Now),
            AccidentRules.UnknownResponsibility);

    [Fact]
    public void the_police_decide_only_on_a_joint_request()
    {
        Refused(() => AccidentRules.DecideResponsibility(Given(Reported()), Shares("main", "secondary"), "Rear-end.", Now),
            AccidentRules.NoPoliceRequest);
        Refused(() => AccidentRules.RequestPoliceDecision(Given(Reported()), [DriverA], Now),
            AccidentRules.JointRequestRequired);

        var requested = AccidentRules.RequestPoliceDecision(Given(Reported()), [DriverA, DriverB.ToLowerInvariant()], Now);
        var waiting = Given(Reported(), requested);
        Refused(() => AccidentRules.AgreeResponsibility(waiting, Shares("full", "none"), Now),
            AccidentRules.AwaitingPoliceDecision);

        var decided = AccidentRules.DecideResponsibility(waiting, Shares("main", "secondary"), "Rear-end collision.", Now);
        Given(Reported(), requested, decided).Status.Should().Be(AccidentStatus.ResponsibilityFixed);
    }

    [Fact]
    public void responsibility_is_fixed_once() =>
        Refused(() => AccidentRules.AgreeResponsibility(Given(Reported(), Agreed()), Shares("equal", "equal"), Now),
            AccidentRules.ResponsibilityAlreadyFixed);

    [Fact]
    public void damage_is_assessed_after_responsibility_by_the_vehicles_own_insurer()
    {
        Refused(() => AccidentRules.AssessDamage(Given(Reported()), "PICC", A.Plate, 1000m, Now),
            AccidentRules.ResponsibilityNotFixed);
        Refused(() => AccidentRules.AssessDamage(Given(Reported(), Agreed()), "PingAn", A.Plate, 1000m, Now),
            AccidentRules.NotTheInsurer);
        Refused(() => AccidentRules.AssessDamage(Given(Reported(), Agreed()), "PICC", "陕A99999", 1000m, Now),
            AccidentRules.UnknownParty);

        var assessed = AccidentRules.AssessDamage(Given(Reported(), Agreed()), "picc", A.Plate, 1000m, Now);
        assessed.Should().Be(new AccidentDamageAssessed(Id, "PICC", A.Plate, 1000m, Now));
        Refused(() => AccidentRules.AssessDamage(Given(Reported(), Agreed(), assessed), "PICC", A.Plate, 900m, Now),
            AccidentRules.AlreadyAssessed);
    }

    [Fact]
    public void the_last_claim_settled_closes_the_accident()
    {
        var assessedA = new AccidentDamageAssessed(Id, "PICC", A.Plate, 1000m, Now);
        var assessedB = new AccidentDamageAssessed(Id, "PingAn", B.Plate, 800m, Now);
        var state = Given(Reported(), Agreed(), assessedA);

        Refused(() => AccidentRules.SettleClaim(state, "PingAn", B.Plate, 800m, "R", Now), AccidentRules.NotAssessed);
        Refused(() => AccidentRules.SettleClaim(state, "PICC", A.Plate, 1000.01m, "R", Now),
            AccidentRules.SettlementExceedsAssessment);

        var first = AccidentRules.SettleClaim(state, "PICC", A.Plate, 1000m, "PICC-9", Now);
        first.Should().Equal(new AccidentClaimSettled(Id, "PICC", A.Plate, 1000m, "PICC-9", Now));

        var last = AccidentRules.SettleClaim(Given(Reported(), Agreed(), assessedA, assessedB, first[0]), "PingAn", B.Plate,
            750m, "PA-3", Now);
        last.Should().HaveCount(2);
        last[1].Should().BeEquivalentTo(new AccidentClosed(Id, [A.Plate, B.Plate], Now));

        var closed = Given(Reported(), Agreed(), assessedA, assessedB, first[0], last[0], last[1]);
        closed.Status.Should().Be(AccidentStatus.Closed);
        Refused(() => AccidentRules.SettleClaim(closed, "PICC", A.Plate, 1m, "R", Now), AccidentRules.Closed);
    }
}
