using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Window;

[Collection(ApiCollection.Name)]
public sealed class when_a_board_is_read(ApiFixture fixture)
{
    [Fact]
    public async Task a_clerk_reads_their_own_office_and_day_only()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));

        (await clerk.GetAsync($"/api/boards/offices/{office}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await clerk.GetAsync($"/api/boards/clerks/clerk.{office}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await clerk.GetAsync($"/api/boards/offices/{Actors.NewOffice()}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await clerk.GetAsync("/api/boards/clerks/clerk.someone.else")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await fixture.ClientFor(WindowActors.Kiosk(office)).GetAsync($"/api/boards/offices/{office}"))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task an_empty_day_has_counts_of_zero_and_no_averages()
    {
        var board = await WindowApi.Get(fixture.ClientFor(WindowActors.Supervisor("610000")),
            $"/api/boards/offices/{Actors.NewOffice()}?day=2026-11-26");

        board["day"]!.GetValue<string>().Should().Be("2026-11-26");
        board["ticketsIssued"]!.GetValue<int>().Should().Be(0);
        board["averageWaitSeconds"].Should().BeNull();
        board["oneVisitShare"].Should().BeNull();
        board["counters"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task a_malformed_day_is_400_naming_it()
    {
        var response = await fixture.ClientFor(WindowActors.Supervisor("610000"))
            .GetAsync($"/api/boards/offices/{Actors.NewOffice()}?day=26/11/2026");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Body())["errors"]!["day"].Should().NotBeNull();
    }
}
