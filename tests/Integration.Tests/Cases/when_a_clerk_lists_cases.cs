using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Cases;

[Collection(ApiCollection.Name)]
public sealed class when_a_clerk_lists_cases(ApiFixture fixture)
{
    [Fact]
    public async Task filters_by_office_status_and_business_type_and_pages_newest_first()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var first = await CaseApi.Open(clerk, "licence.apply");
        var second = await CaseApi.OpenAccepted(clerk, "licence.apply");
        var third = await CaseApi.Open(clerk, "vehicle.replace_plate");
        await CaseApi.Open(fixture.ClientFor(Actors.Clerk(Actors.NewOffice())), "licence.apply");

        var all = await (await clerk.GetAsync($"/api/cases?office={office}")).Body();
        all["totalItems"]!.GetValue<long>().Should().Be(3);
        all["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>()))
            .Should().Equal(third, second, first);

        var opened = await (await clerk.GetAsync($"/api/cases?office={office}&status=opened&businessType=licence.apply")).Body();
        opened["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).Should().Equal(first);

        var page2 = await (await clerk.GetAsync($"/api/cases?office={office}&page=2&pageSize=2")).Body();
        page2["pageNumber"]!.GetValue<int>().Should().Be(2);
        page2["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).Should().Equal(first);
        page2["totalItems"]!.GetValue<long>().Should().Be(3);
    }

    [Fact]
    public async Task filters_by_opening_date_range()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        await CaseApi.Open(clerk);
        var future = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O"));
        var past = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-1).ToString("O"));

        var none = await (await clerk.GetAsync($"/api/cases?office={office}&from={future}")).Body();
        var one = await (await clerk.GetAsync($"/api/cases?office={office}&from={past}&to={future}")).Body();

        none["totalItems"]!.GetValue<long>().Should().Be(0);
        one["totalItems"]!.GetValue<long>().Should().Be(1);
    }

    [Fact]
    public async Task a_date_range_in_the_office_time_zone_selects_the_same_instants()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        await CaseApi.Open(clerk);
        var beijing = TimeSpan.FromHours(8);
        string At(TimeSpan fromNow) => Uri.EscapeDataString(DateTimeOffset.UtcNow.Add(fromNow).ToOffset(beijing).ToString("O"));

        var around = await (await clerk.GetAsync($"/api/cases?office={office}&from={At(TimeSpan.FromMinutes(-5))}&to={At(TimeSpan.FromMinutes(5))}")).Body();
        var after = await (await clerk.GetAsync($"/api/cases?office={office}&from={At(TimeSpan.FromMinutes(5))}")).Body();
        var before = await (await clerk.GetAsync($"/api/cases?office={office}&to={At(TimeSpan.FromMinutes(-5))}")).Body();

        around["totalItems"]!.GetValue<long>().Should().Be(1);
        after["totalItems"]!.GetValue<long>().Should().Be(0);
        before["totalItems"]!.GetValue<long>().Should().Be(0);
    }

    [Theory]
    [InlineData("status=lost", "status")]
    [InlineData("pageSize=5000", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("from=soon", "from")]
    public async Task a_bad_filter_is_400_naming_it(string query, string field)
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));

        var response = await clerk.GetAsync($"/api/cases?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Body())["errors"]![field].Should().NotBeNull();
    }
}
