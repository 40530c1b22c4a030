using System.Net;
using FluentAssertions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TrafficCqrs.Domain.Supervision;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Projections.Supervision;

namespace TrafficCqrs.Integration.Tests.Audit;

[Collection(ApiCollection.Name)]
public sealed class when_the_event_log_is_verified(ApiFixture fixture)
{
    [Fact]
    public async Task every_event_is_chained_and_the_chain_verifies()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.OpenAccepted(clerk);
        var lastSequence = await LastSequenceOf(auditor, id);

        await AuditChainSupport.CaughtUp(fixture);
        var report = await (await auditor.GetAsync("/api/audit/chain/verify")).Body();
        var head = await (await auditor.GetAsync("/api/audit/chain/head")).Body();

        report["intact"]!.GetValue<bool>().Should().BeTrue(report.ToJsonString());
        report["chainedThrough"]!.GetValue<long>().Should().BeGreaterThanOrEqualTo(lastSequence);
        report["head"]!.GetValue<string>().Should().MatchRegex("^[0-9a-f]{64}$");
        head["chainedThrough"]!.GetValue<long>().Should().Be(head["lastEventSequence"]!.GetValue<long>());
    }

    [Fact]
    public async Task a_tampered_event_is_named_by_its_sequence()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.OpenAccepted(clerk);
        var accepted = await LastSequenceOf(auditor, id);
        var acceptedVersion = await LastVersionOf(auditor, id);
        await AuditChainSupport.CaughtUp(fixture);
        (await (await auditor.GetAsync("/api/audit/chain/verify")).Body())["intact"]!.GetValue<bool>()
            .Should().BeTrue("the log was intact before the intruder came");

        var original = await AuditChainSupport.Scalar<string>(
            "select data::text from traffic.mt_events where seq_id = @seq", ("seq", accepted));
        await AuditChainSupport.AsSuperuserBypassingTriggers(
            "update traffic.mt_events set data = jsonb_set(data, '{acceptedAt}', '\"2020-01-01T00:00:00+00:00\"') where seq_id = @seq",
            ("seq", accepted));
        try
        {
            var report = await (await auditor.GetAsync("/api/audit/chain/verify")).Body();

            report["intact"]!.GetValue<bool>().Should().BeFalse();
            report["firstBrokenSequence"]!.GetValue<long>().Should().Be(accepted);
            report["breakCount"]!.GetValue<int>().Should().Be(1, "each link is checked against its stored predecessor");
            var broken = report["breaks"]![0]!;
            broken["streamId"]!.GetValue<Guid>().Should().Be(id);
            broken["eventType"]!.GetValue<string>().Should().Be("case.accepted");
            broken["version"]!.GetValue<long>().Should().Be(acceptedVersion);
        }
        finally
        {
            await AuditChainSupport.AsSuperuserBypassingTriggers(
                "update traffic.mt_events set data = @data::jsonb where seq_id = @seq", ("data", original), ("seq", accepted));
        }

        (await (await auditor.GetAsync("/api/audit/chain/verify")).Body())["intact"]!.GetValue<bool>()
            .Should().BeTrue("the original event restores every link");
    }

    [Fact]
    public async Task the_application_cannot_change_or_remove_stored_events()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.Open(clerk);
        var sequence = await LastSequenceOf(auditor, id);
        var stored = await LastVersionOf(auditor, id);
        await AuditChainSupport.CaughtUp(fixture);
        var store = fixture.Host.Services.GetRequiredService<IDocumentStore>();

        foreach (var sql in new[]
                 {
                     "update traffic.mt_events set data = data where seq_id = ?",
                     "delete from traffic.mt_events where seq_id = ?",
                     "update traffic.audit_chain set hash = hash where seq = ?",
                     "delete from traffic.audit_chain where seq = ?",
                 })
        {
            await using var session = store.LightweightSession();
            session.QueueSqlCommand(sql, sequence);
            var refused = await FluentActions.Awaiting(() => session.SaveChangesAsync()).Should().ThrowAsync<Exception>();
            Postgres(refused.Which).SqlState.Should().Be(AuditStorage.RefusalSqlState, sql);
        }

        await using (var session = store.LightweightSession())
        {
            session.QueueSqlCommand("delete from traffic.mt_streams where id = ?", id);
            var refused = await FluentActions.Awaiting(() => session.SaveChangesAsync()).Should().ThrowAsync<Exception>();
            Postgres(refused.Which).MessageText.Should().Contain("append-only");
        }

        var trace = (await (await auditor.GetAsync($"/api/audit/cases/{id}/trace")).Body()).AsArray();
        trace.Should().HaveCount((int)stored, "the events are still there");
    }

    [Fact]
    public async Task an_exported_checkpoint_catches_a_rewrite_of_both_events_and_chain()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.OpenAccepted(clerk);
        var target = await LastSequenceOf(auditor, id);
        await AuditChainSupport.CaughtUp(fixture);

        var taken = await auditor.PostAsync("/api/audit/chain/checkpoints", null);
        taken.StatusCode.Should().Be(HttpStatusCode.Created, await taken.Content.ReadAsStringAsync());
        var exported = await (await auditor.GetAsync("/api/audit/chain/checkpoints/latest")).Body();
        var checkpointSequence = exported["sequence"]!.GetValue<long>();
        var checkpointHead = exported["head"]!.GetValue<string>();
        checkpointSequence.Should().BeGreaterThanOrEqualTo(target);
        exported["takenBy"]!.GetValue<string>().Should().Be("auditor.1");
        await AuditChainSupport.CaughtUp(fixture);

        var originalData = await AuditChainSupport.Scalar<string>(
            "select data::text from traffic.mt_events where seq_id = @seq", ("seq", target));
        var originalLinks = await AuditChainSupport.LinksFrom(target);
        await AuditChainSupport.AsSuperuserBypassingTriggers(
            "update traffic.mt_events set data = jsonb_set(data, '{acceptedAt}', '\"2020-01-01T00:00:00+00:00\"') where seq_id = @seq",
            ("seq", target));
        await RewriteChainFrom(target);
        try
        {
            var plain = await (await auditor.GetAsync("/api/audit/chain/verify")).Body();
            plain["intact"]!.GetValue<bool>().Should().BeTrue("the intruder rewrote the chain to match");

            var against = await (await auditor.GetAsync(
                $"/api/audit/chain/verify?checkpointSequence={checkpointSequence}&checkpointHead={checkpointHead}")).Body();
            against["intact"]!.GetValue<bool>().Should().BeFalse();
            var check = against["checkpoints"]![0]!;
            check["sequence"]!.GetValue<long>().Should().Be(checkpointSequence);
            check["matches"]!.GetValue<bool>().Should().BeFalse();
            check["recomputedHead"]!.GetValue<string>().Should().NotBe(checkpointHead);
        }
        finally
        {
            await AuditChainSupport.AsSuperuserBypassingTriggers(
                "update traffic.mt_events set data = @data::jsonb where seq_id = @seq", ("data", originalData), ("seq", target));
            foreach (var (sequence, hash) in originalLinks)
                await AuditChainSupport.AsSuperuserBypassingTriggers(
                    "update traffic.audit_chain set hash = @hash where seq = @seq", ("hash", hash), ("seq", sequence));
        }

        var restored = await auditor.PostJson("/api/audit/chain/verify",
            new { checkpoints = new[] { new { sequence = checkpointSequence, head = checkpointHead } } });
        (await restored.Body())["intact"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task a_malformed_checkpoint_is_400_and_a_clerk_may_not_verify()
    {
        var auditor = fixture.ClientFor(Actors.Auditor());
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));

        var bad = await auditor.GetAsync("/api/audit/chain/verify?checkpointSequence=5&checkpointHead=xyz");
        var forbidden = await clerk.GetAsync("/api/audit/chain/verify");

        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Body())["errors"]!["checkpointHead"].Should().NotBeNull();
        forbidden.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    /// <summary>What an intruder with the algorithm would do: recompute every link from the changed event on.</summary>
    private async Task RewriteChainFrom(long sequence)
    {
        var previous = await AuditChainSupport.Scalar<string?>(
            "select coalesce((select hash from traffic.audit_chain where seq < @seq order by seq desc limit 1), @genesis)",
            ("seq", sequence), ("genesis", HashChain.Genesis));
        var store = fixture.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var events = await EventLog.ReadAsync(session, sequence - 1, long.MaxValue, CancellationToken.None);
        foreach (var e in events)
        {
            previous = HashChain.Link(previous!, e);
            await AuditChainSupport.AsSuperuserBypassingTriggers(
                "update traffic.audit_chain set hash = @hash where seq = @seq", ("hash", previous), ("seq", e.Sequence));
        }
    }

    private static async Task<long> LastSequenceOf(HttpClient auditor, Guid caseId)
    {
        var trace = (await (await auditor.GetAsync($"/api/audit/cases/{caseId}/trace")).Body()).AsArray();
        return trace[^1]!["sequence"]!.GetValue<long>();
    }

    private static async Task<long> LastVersionOf(HttpClient auditor, Guid caseId)
    {
        var trace = (await (await auditor.GetAsync($"/api/audit/cases/{caseId}/trace")).Body()).AsArray();
        return trace[^1]!["version"]!.GetValue<long>();
    }

    private static PostgresException Postgres(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
            if (current is PostgresException postgres) return postgres;
        throw new InvalidOperationException("Not refused by PostgreSQL: " + e);
    }
}
