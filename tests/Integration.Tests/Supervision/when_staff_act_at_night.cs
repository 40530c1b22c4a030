using FluentAssertions;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Domain.Supervision;
using TrafficCqrs.Integration.Tests.Audit;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Projections.Supervision;

namespace TrafficCqrs.Integration.Tests.Supervision;

/// <summary>
/// The office-hours rule, whatever the hour of the test run: the host's daemon is held back, the
/// stored times of a clerk's acts are moved into a night before anything reads them, and the flags'
/// subscription is handed those events as the daemon would hand them over.
/// </summary>
[Collection(IsolatedHostCollection.Name)]
public sealed class when_staff_act_at_night
{
    [Fact]
    public async Task a_clerk_is_flagged_once_for_the_night_from_the_first_act()
    {
        await using var host = await TestHosts.StartWithDaemonHeldBack();
        var office = Actors.NewOffice();
        var before = await AuditChainSupport.LastSequence();
        var clerk = host.ClientFor(Actors.Clerk(office));
        await CaseApi.OpenAccepted(clerk);
        await CaseApi.OpenAccepted(clerk);
        var last = await AuditChainSupport.LastSequence();
        // Saturday 28 November 2026, 03:00 and on, Beijing time: outside office hours by any rule.
        await AuditChainSupport.AsSuperuserBypassingTriggers(
            "update traffic.mt_events set timestamp = '2026-11-27T19:00:00Z'::timestamptz + (seq_id - @before) * interval '1 second' " +
            "where seq_id > @before and seq_id <= @last", ("before", before), ("last", last));
        var first = await AuditChainSupport.Scalar<long>(
            "select min(seq_id) from traffic.mt_events where seq_id > @before and headers ->> 'channel' = 'window' and user_name = @user",
            ("before", before), ("user", "clerk." + office));
        var store = host.Services.GetRequiredService<IDocumentStore>();

        await Run(store, before, last);
        await Run(store, before, last);   // the same range handed over again

        await using var session = store.QuerySession();
        var flags = await session.Query<SupervisionFlag>()
            .Where(f => f.Kind == FlagRules.OutsideOfficeHours && f.Office == office).ToListAsync();
        flags.Should().ContainSingle("one flag per clerk and office day");
        flags[0].Subject.Should().Be("clerk." + office);
        flags[0].Sequence.Should().Be(first, "the flag points to the first act of that night");
        flags[0].RaisedAt.Should().Be(DateTimeOffset.Parse("2026-11-27T19:00:00Z").AddSeconds(first - before));
    }

    private static async Task Run(IDocumentStore store, long after, long upTo)
    {
        await using var session = store.LightweightSession();
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.Sequence > after && e.Sequence <= upTo).OrderBy(e => e.Sequence).ToListAsync();
        var range = new EventRange(new ShardName(SupervisionFlagSubscription.SubscriptionName), after, upTo, null!)
        {
            Events = events.ToList(),
        };
        await new SupervisionFlagSubscription().ProcessEventsAsync(range, null!, session, CancellationToken.None);
        await session.SaveChangesAsync();
    }
}
