using FluentAssertions;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Projections.Supervision;

namespace TrafficCqrs.Integration.Tests.Audit;

/// <summary>
/// The daemon hands the chain a range, not events, and on a catch-up the range is the whole backlog:
/// the chain reads it a bounded number of rows at a time, committing each read but the last itself.
/// Here the host's daemon is held back, so the chain runs only when the test runs it.
/// </summary>
[Collection(IsolatedHostCollection.Name)]
public sealed class when_the_chain_is_handed_a_wide_range
{
    [Fact]
    public async Task it_chains_the_whole_range_a_few_rows_at_a_time_and_a_repeat_changes_nothing()
    {
        await using var host = await TestHosts.StartWithDaemonHeldBack();
        var before = await AuditChainSupport.LastSequence();
        var clerk = host.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = host.ClientFor(Actors.Auditor());
        for (var i = 0; i < 4; i++)
            await CaseApi.OpenAccepted(clerk);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var last = await AuditChainSupport.LastSequence();
        var chain = new AuditChainSubscription(rowsPerRead: 3);

        await Run(chain, store, last);

        var report = await (await auditor.GetAsync("/api/audit/chain/verify")).Body();
        report["intact"]!.GetValue<bool>().Should().BeTrue(report.ToJsonString());
        report["chainedThrough"]!.GetValue<long>().Should().Be(last);
        var links = await AuditChainSupport.LinksFrom(before);
        links.Select(l => l.Sequence).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        links.Should().HaveCountGreaterThan(3 * chain.RowsPerRead, "the range took several reads");
        links[^1].Sequence.Should().Be(last);

        await Run(chain, store, last, floor: last - 10);   // the daemon handing a page over again

        (await AuditChainSupport.LinksFrom(before)).Should().Equal(links);
    }

    /// <summary>What the daemon does with a page: the subscription queues on its session, which it then commits.</summary>
    private static async Task Run(AuditChainSubscription chain, IDocumentStore store, long ceiling, long? floor = null)
    {
        await using var session = store.LightweightSession();
        var head = await AuditChainStore.HeadAsync(session, CancellationToken.None);
        var range = new EventRange(new ShardName(AuditChainSubscription.SubscriptionName), floor ?? head.Sequence, ceiling, null!);
        await chain.ProcessEventsAsync(range, null!, session, CancellationToken.None);
        await session.SaveChangesAsync();
    }
}
