using System.Net;
using FluentAssertions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Vehicles;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Vehicles;

namespace TrafficCqrs.Integration.Tests.Cases;

[Collection(ApiCollection.Name)]
public sealed class when_two_clerks_race_on_a_case(ApiFixture fixture)
{
    private HttpClient NewClerk() => fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));

    [Fact]
    public async Task the_case_read_for_a_command_carries_its_own_version()
    {
        // A command's stale-version check compares the caller's version with the case's own as well
        // as the stream's: that only works if the case read for writing knows its version.
        var id = await CaseApi.OpenAccepted(NewClerk());
        var store = fixture.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession();

        var stream = await session.Events.FetchForWriting<ServiceCase>(id);

        stream.Aggregate!.Version.Should().Be(stream.CurrentVersion!.Value).And.BeGreaterThan(2);
    }

    [Fact]
    public async Task a_vehicle_read_for_a_command_carries_its_own_version_too()
    {
        var (vin, _) = await VehicleApi.Register(NewClerk(), Http.NewIdNumber());
        var store = fixture.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession();

        var stream = await session.Events.FetchForWriting<Vehicle>(VehicleKeys.Vehicle(vin));

        stream.Aggregate!.Version.Should().Be(stream.CurrentVersion!.Value).And.BeGreaterThan(0);
    }

    [Fact]
    public async Task sixteen_accepts_with_the_same_version_give_one_success_and_fifteen_conflicts()
    {
        // Optimistic concurrency: whoever comes second with the same version is told 409, never a
        // rule refusal about a state it did not see (the fault suite races the API process too).
        var clerk = NewClerk();
        for (var race = 0; race < 8; race++)
        {
            var id = await CaseApi.Open(clerk);
            var version = await CaseApi.Version(clerk, id);

            var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/accept");
                request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
                using var response = await clerk.SendAsync(request);
                return response.StatusCode;
            }));

            answers.Count(a => a == HttpStatusCode.OK).Should().Be(1, $"race {race}: {string.Join(",", answers)}");
            answers.Count(a => a == HttpStatusCode.Conflict).Should().Be(15, $"race {race}: {string.Join(",", answers)}");
        }
    }
}
