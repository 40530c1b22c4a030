using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Security;

[Collection(IsolatedHostCollection.Name)]
public sealed class when_the_api_restarts_between_two_tries
{
    [Fact]
    public async Task the_repeat_gets_the_first_answer_from_the_database_and_opens_nothing_new()
    {
        var office = Actors.NewOffice();
        var key = Idempotent.NewKey();
        var body = new { businessType = "licence.apply", applicantIdNumber = Http.NewIdNumber() };

        HttpResponseMessage first;
        string firstBody;
        await using (var before = await TestHosts.Start())
        {
            first = await before.ClientFor(Actors.Clerk(office)).PostWithKey("/api/cases", body, key);
            firstBody = await first.Content.ReadAsStringAsync();
        }

        await using var after = await TestHosts.Start();
        var clerk = after.ClientFor(Actors.Clerk(office));
        var again = await clerk.PostWithKey("/api/cases", body, key);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        again.StatusCode.Should().Be(HttpStatusCode.Created);
        (await again.Content.ReadAsStringAsync()).Should().Be(firstBody);
        again.Headers.Location.Should().Be(first.Headers.Location);
        again.Headers.GetValues(IdempotencyMiddleware.ReplayedHeader).Should().Equal("true");
        var list = await (await clerk.GetAsync($"/api/cases?office={office}")).Body();
        list["totalItems"]!.GetValue<long>().Should().Be(1);
        list["items"]![0]!["version"]!.GetValue<long>().Should().Be(
            JsonNode.Parse(firstBody)!["version"]!.GetValue<long>(), "the repeat appended nothing to the case");
    }
}
