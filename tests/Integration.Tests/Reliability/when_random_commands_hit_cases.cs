using System.Net;
using System.Text.Json.Nodes;
using CsCheck;
using FluentAssertions;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Projections.Cases;

namespace TrafficCqrs.Integration.Tests.Reliability;

/// <summary>
/// Random sequences of valid and invalid case commands over HTTP: the live aggregate (audit
/// state), the inline read model and the rebuilt read model agree, and refused commands change nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class when_random_commands_hit_cases(ApiFixture fixture)
{
    private enum Step { Accept, Pay, PayWrongAmount, PayUnknownMethod, Complete, Reject, RejectBlank, Withdraw, StaleAccept }

    [Fact]
    public async Task the_live_aggregate_the_read_model_and_a_rebuild_agree()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var journeys = Gen.Select(Gen.Bool, Gen.Enum<Step>().Array[1, 8]).Array[25].Single();
        var ids = new List<Guid>();

        foreach (var (free, steps) in journeys)
        {
            var id = await CaseApi.Open(clerk, free ? "violation.points_study" : "licence.apply");
            ids.Add(id);
            foreach (var step in steps)
            {
                var before = await (await clerk.GetAsync($"/api/cases/{id}")).Body();
                var response = await Send(clerk, id, step, free ? 0m : 10m);
                var after = await CaseApi.Version(clerk, id);
                if (response.IsSuccessStatusCode)
                    after.Should().Be(before["version"]!.GetValue<long>() + Appended(step, before),
                        $"{step} succeeded and appends its events");
                else
                {
                    ((int)response.StatusCode).Should().BeOneOf([400, 409, 422], $"{step} is refused as the caller's mistake");
                    after.Should().Be(before["version"]!.GetValue<long>(), $"a refused {step} writes nothing");
                }
            }
        }

        var inline = await Snapshot(clerk, auditor, ids);

        var store = fixture.Host.Services.GetRequiredService<IDocumentStore>();
        using (var daemon = await store.BuildProjectionDaemonAsync())
            await daemon.RebuildProjectionAsync(typeof(CaseSummaryProjection), TimeSpan.FromMinutes(1), CancellationToken.None);
        var rebuilt = await Snapshot(clerk, auditor, ids);

        rebuilt.Should().Equal(inline);
    }

    private static async Task<List<string>> Snapshot(HttpClient clerk, HttpClient auditor, List<Guid> ids)
    {
        var rows = new List<string>();
        foreach (var id in ids)
        {
            var summary = await (await clerk.GetAsync($"/api/cases/{id}")).Body();
            var live = (await (await auditor.GetAsync($"/api/audit/cases/{id}/state")).Body());
            var state = live["state"]!;
            summary["status"]!.GetValue<string>().Should().Be(state["status"]!.GetValue<string>());
            summary["version"]!.GetValue<long>().Should().Be(live["version"]!.GetValue<long>());
            summary["amountPaid"]!.GetValue<decimal>().Should().Be(state["amountPaid"]!.GetValue<decimal>());
            summary["reason"]?.GetValue<string>().Should().Be(state["reason"]?.GetValue<string>());
            rows.Add(Normalise(summary));
        }
        return rows;
    }

    private static string Normalise(JsonNode summary) => summary.ToJsonString();

    /// <summary>
    /// How many events a step that succeeded appends: one, or two when closing a paid case also
    /// refunds the fee, or none when the same payment is reported again.
    /// </summary>
    private static long Appended(Step step, JsonNode before)
    {
        var held = before["amountPaid"]!.GetValue<decimal>() - before["amountRefunded"]!.GetValue<decimal>();
        return step switch
        {
            Step.Reject or Step.Withdraw when held > 0m => 2,
            Step.Pay when before["paymentReference"]?.GetValue<string>() is not null => 0,
            _ => 1,
        };
    }

    private static Task<HttpResponseMessage> Send(HttpClient clerk, Guid id, Step step, decimal fee) => step switch
    {
        Step.Accept => clerk.Post($"/api/cases/{id}/accept"),
        Step.StaleAccept => clerk.Post($"/api/cases/{id}/accept", ifMatch: "\"99\""),
        Step.Pay => clerk.PostJson($"/api/cases/{id}/payments", new { amount = fee, method = "wechat", reference = "WX-" + id.ToString("N")[..8] }),
        Step.PayWrongAmount => clerk.PostJson($"/api/cases/{id}/payments", new { amount = fee + 5m, method = "wechat", reference = "WX-X" }),
        Step.PayUnknownMethod => clerk.PostJson($"/api/cases/{id}/payments", new { amount = fee, method = "cheque", reference = "CH-1" }),
        Step.Complete => clerk.Post($"/api/cases/{id}/complete"),
        Step.Reject => clerk.PostJson($"/api/cases/{id}/reject", new { reason = "Records do not match." }),
        Step.RejectBlank => clerk.PostJson($"/api/cases/{id}/reject", new { reason = "" }),
        Step.Withdraw => clerk.PostJson($"/api/cases/{id}/withdraw", new { reason = (string?)null }),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };
}
