using FluentAssertions;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Identities;

namespace TrafficCqrs.Domain.Tests.Identity;

/// <summary>Trusted identity: verified once, reused by online and outlet cases until it expires or is revoked.</summary>
public sealed class IdentityRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.FromHours(8));
    private const string IdNumber = "11010519491231002X";
    private static readonly Actor Clerk = new("clerk.1", ["clerk"], "610100", "W01", null, Channels.Window);
    private static readonly Actor OnlineAccount = new("platform.12123", ["clerk"], "610100", null, null, Channels.Online);
    private static readonly Actor Agent = new("postal.zhang", ["agent"], "610100", null, "PO-1", Channels.Outlet);

    private static PersonIdentity Given(params object[] events)
    {
        var state = PersonIdentity.Create((IdentityVerified)events[0]);
        foreach (var e in events.Skip(1))
            state = e switch
            {
                IdentityVerified x => state.Apply(x),
                IdentityVerificationRevoked x => state.Apply(x),
                _ => throw new ArgumentException(e.GetType().Name),
            };
        return state;
    }

    private static IdentityVerified AtCounter(DateTimeOffset? until = null) =>
        IdentityRules.Verify(IdNumber, IdentityRules.Methods.CounterIdReader, Clerk, until, Now);

    private static void Refused(Action decide, string code) =>
        decide.Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);

    [Fact]
    public void a_clerk_verifies_with_the_card_reader_for_a_year_by_default()
    {
        var e = AtCounter();

        e.Should().Be(new IdentityVerified(PersonIds.For(IdNumber), IdNumber, "counter_id_reader", "clerk.1", "window",
            "610100", Now, Now + IdentityRules.MaxValidity));
    }

    [Fact]
    public void a_channel_account_verifies_on_the_online_platform() =>
        IdentityRules.Verify(IdNumber, IdentityRules.Methods.OnlineIdentityPlatform, OnlineAccount, null, Now)
            .Channel.Should().Be("online");

    [Fact]
    public void a_card_reader_is_not_trusted_online() =>
        Refused(() => IdentityRules.Verify(IdNumber, IdentityRules.Methods.CounterIdReader, OnlineAccount, null, Now),
            IdentityRules.MethodNotForChannel);

    [Fact]
    public void an_outlet_does_not_verify_identities() =>
        Refused(() => IdentityRules.Verify(IdNumber, IdentityRules.Methods.FaceCheck, Agent, null, Now),
            IdentityRules.MethodNotForChannel);

    [Fact]
    public void validity_beyond_a_year_is_refused() =>
        Refused(() => AtCounter(Now + IdentityRules.MaxValidity + TimeSpan.FromSeconds(1)), IdentityRules.InvalidValidity);

    [Fact]
    public void an_online_case_reuses_a_standing_verification()
    {
        var caseId = Guid.NewGuid();

        var check = IdentityRules.CheckForCase(Given(AtCounter()), OnlineAccount, caseId, Now.AddDays(30))!;

        check.CaseId.Should().Be(caseId);
        check.Check.Should().Be(InternalChecks.Identity);
        check.Source.Should().Be("identity verification counter_id_reader");
        check.Passed.Should().BeTrue();
    }

    [Fact]
    public void a_counter_case_needs_no_verification() =>
        IdentityRules.CheckForCase(null, Clerk, Guid.NewGuid(), Now).Should().BeNull();

    [Fact]
    public void an_online_or_outlet_case_without_verification_is_refused()
    {
        Refused(() => IdentityRules.CheckForCase(null, OnlineAccount, Guid.NewGuid(), Now), IdentityRules.NotVerified);
        Refused(() => IdentityRules.CheckForCase(null, Agent, Guid.NewGuid(), Now), IdentityRules.NotVerified);
    }

    [Fact]
    public void a_verification_holds_until_its_last_instant_and_not_at_it()
    {
        var until = Now.AddDays(10);
        var person = Given(AtCounter(until));

        IdentityRules.CheckForCase(person, Agent, Guid.NewGuid(), until.AddTicks(-1)).Should().NotBeNull();
        FluentActions.Invoking(() => IdentityRules.CheckForCase(person, Agent, Guid.NewGuid(), until))
            .Should().Throw<DomainRuleException>().Which.Message.Should().Contain("expired");
    }

    [Fact]
    public void a_revoked_verification_is_not_reused_and_the_reason_is_given()
    {
        var person = Given(AtCounter(), IdentityRules.Revoke(Given(AtCounter()), IdNumber, "ID card reported lost", Clerk, Now));

        FluentActions.Invoking(() => IdentityRules.CheckForCase(person, OnlineAccount, Guid.NewGuid(), Now.AddMinutes(1)))
            .Should().Throw<DomainRuleException>().Which.Message.Should().Contain("revoked").And.Contain("ID card reported lost");
    }

    [Fact]
    public void a_new_verification_after_revocation_stands()
    {
        var later = Now.AddDays(1);
        var again = IdentityRules.Verify(IdNumber, IdentityRules.Methods.FaceCheck, Clerk, null, later);
        var person = Given(AtCounter(), new IdentityVerificationRevoked(PersonIds.For(IdNumber), IdNumber, "lost", "clerk.1", Now), again);

        IdentityRules.CheckForCase(person, OnlineAccount, Guid.NewGuid(), later.AddHours(1))!.Source
            .Should().Be("identity verification face_check");
    }

    [Fact]
    public void revocation_is_done_at_a_counter_with_a_reason_and_something_to_revoke()
    {
        Refused(() => IdentityRules.Revoke(Given(AtCounter()), IdNumber, "x", OnlineAccount, Now), IdentityRules.RevokeAtWindow);
        Refused(() => IdentityRules.Revoke(Given(AtCounter()), IdNumber, " ", Clerk, Now), IdentityRules.ReasonRequired);
        Refused(() => IdentityRules.Revoke(null, IdNumber, "x", Clerk, Now), IdentityRules.NothingToRevoke);
    }

    [Fact]
    public void one_person_one_stream() =>
        PersonIds.For(IdNumber.ToLowerInvariant()).Should().Be(PersonIds.For(IdNumber));
}
