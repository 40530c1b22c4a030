using FluentAssertions;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Integration.Tests.Audit;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Reliability;

[Collection(ApiCollection.Name)]
public sealed class when_a_projection_fails_on_one_event(ApiFixture fixture)
{
    [Fact]
    public async Task it_stops_there_the_others_go_on_and_once_fixed_it_resumes_losing_and_repeating_nothing()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var store = fixture.Host.Services.GetRequiredService<IDocumentStore>();
        var poisoned = Http.NewIdNumber();
        PoisonProbeProjection.PoisonApplicant = poisoned;
        try
        {
            var before = await CaseApi.Open(clerk, "licence.apply");
            var poison = await CaseApi.Open(clerk, "licence.apply", poisoned);
            var after = await CaseApi.Open(clerk, "licence.apply");
            var poisonSequence = await AuditChainSupport.Scalar<long>(
                "select seq_id from traffic.mt_events where stream_id = @id and version = 1", ("id", poison));
            var last = await AuditChainSupport.Scalar<long>("select max(seq_id) from traffic.mt_events");

            // The other projections go on past the poison event.
            await Eventually(async () => await Progress("CaseStatistics") >= last, "the statistics to pass the event");
            // The probe stops before it (its batch is not committed) and stays there.
            await Task.Delay(TimeSpan.FromSeconds(3));
            (await Progress(PoisonProbeProjection.ProjectionName)).Should().BeLessThan(poisonSequence);
            (await Seen(store, poison)).Should().Be(0);
            (await Seen(store, after)).Should().Be(0, "the events after it wait for it");
            // An operator sees it: the projection's lag on the admin view.
            var admin = fixture.ClientFor(new("admin.1", ["admin"], "610000"));
            var status = await (await admin.GetAsync("/api/admin/projections")).Body();
            status["projections"]!.AsArray()
                .Single(p => p!["name"]!.GetValue<string>() == PoisonProbeProjection.ProjectionName)!["lag"]!
                .GetValue<long>().Should().BeGreaterThan(0);

            // Fixed and restarted: it resumes at the poison event.
            PoisonProbeProjection.PoisonApplicant = null;
            var daemon = fixture.Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
            await daemon.StartAgentAsync($"{PoisonProbeProjection.ProjectionName}:All", CancellationToken.None);
            await Eventually(async () => await Seen(store, after) == 1, "the probe to catch up");

            (await Seen(store, before)).Should().Be(1, "nothing is projected twice");
            (await Seen(store, poison)).Should().Be(1, "the event that failed is not lost");
            (await Seen(store, after)).Should().Be(1);
        }
        finally
        {
            PoisonProbeProjection.PoisonApplicant = null;
        }
    }

    private static Task<long> Progress(string projection) =>
        AuditChainSupport.Scalar<long>(
            "select coalesce(max(last_seq_id), 0) from traffic.mt_event_progression where name like @name",
            ("name", projection + ":%"));

    private static async Task<int> Seen(IDocumentStore store, Guid caseId)
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<ProbeSeen>(caseId))?.Times ?? 0;
    }

    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited 60 s for {what}.");
            await Task.Delay(200);
        }
    }
}
