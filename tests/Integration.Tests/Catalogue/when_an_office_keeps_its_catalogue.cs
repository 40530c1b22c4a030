using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Window;

namespace TrafficCqrs.Integration.Tests.Catalogue;

[Collection(ApiCollection.Name)]
public sealed class when_an_office_keeps_its_catalogue(ApiFixture fixture)
{
    [Fact]
    public async Task the_standard_types_are_served_with_every_attribute()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));

        var list = (await (await clerk.GetAsync("/api/catalogue")).Body()).AsArray();
        list.Select(t => t!["code"]!.GetValue<string>()).Should().Contain(["licence.replace_lost", "vehicle.select_plate", "violation.handle"]);

        var one = await clerk.GetAsync("/api/catalogue/licence.replace_lost");
        one.StatusCode.Should().Be(HttpStatusCode.OK);
        var type = await one.Body();
        type["nameZh"]!.GetValue<string>().Should().Be("补领机动车驾驶证");
        type["nameEn"]!.GetValue<string>().Should().NotBeEmpty();
        type["area"]!.GetValue<string>().Should().Be("licence");
        type["idOnly"]!.GetValue<bool>().Should().BeTrue();
        type["fee"]!.GetValue<decimal>().Should().Be(10m);
        type["channels"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Contain("kiosk");
        type["agentAllowed"]!.GetValue<bool>().Should().BeTrue();
        type["anyOffice"]!.GetValue<bool>().Should().BeFalse();
        type["internalChecks"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("identity", "licence_record");
    }

    [Fact]
    public async Task an_unknown_code_is_404() =>
        (await fixture.ClientFor(Actors.Clerk(Actors.NewOffice())).GetAsync("/api/catalogue/licence.teleport"))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);

    [Fact]
    public async Task an_added_type_is_served_and_can_be_opened_at_once_without_a_code_change()
    {
        var admin = fixture.ClientFor(WindowActors.Admin());
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var code = CatalogueApi.NewCode();

        var added = await admin.PostJson("/api/catalogue", CatalogueApi.TypeBody(code, fee: 7.5m));

        added.StatusCode.Should().Be(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        added.Headers.Location!.ToString().Should().Be($"/api/catalogue/{code}");
        (await (await clerk.GetAsync($"/api/catalogue/{code}")).Body())["fee"]!.GetValue<decimal>().Should().Be(7.5m);
        var opened = await clerk.PostJson("/api/cases", new { businessType = code, applicantIdNumber = Http.NewIdNumber() });
        opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var summary = await (await clerk.GetAsync(opened.Headers.Location)).Body();
        summary["fee"]!.GetValue<decimal>().Should().Be(7.5m, "the fee is assessed from the stored catalogue");
    }

    [Fact]
    public async Task replacing_a_type_answers_200_and_new_cases_follow_it()
    {
        var admin = fixture.ClientFor(WindowActors.Admin());
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var code = CatalogueApi.NewCode();
        (await admin.PostJson("/api/catalogue", CatalogueApi.TypeBody(code, fee: 5m))).StatusCode.Should().Be(HttpStatusCode.Created);

        var replaced = await admin.PostJson("/api/catalogue", CatalogueApi.TypeBody(code, fee: 20m));

        replaced.StatusCode.Should().Be(HttpStatusCode.OK);
        var opened = await clerk.PostJson("/api/cases", new { businessType = code, applicantIdNumber = Http.NewIdNumber() });
        (await (await clerk.GetAsync(opened.Headers.Location)).Body())["fee"]!.GetValue<decimal>().Should().Be(20m);
    }

    [Fact]
    public async Task only_an_administrator_may_change_it()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var code = CatalogueApi.NewCode();

        (await clerk.PostJson("/api/catalogue", CatalogueApi.TypeBody(code))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await clerk.GetAsync($"/api/catalogue/{code}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task a_malformed_type_is_400_naming_the_field()
    {
        var response = await fixture.ClientFor(WindowActors.Admin())
            .PostJson("/api/catalogue", CatalogueApi.TypeBody(CatalogueApi.NewCode(), channels: ["window", "fax"]));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Body())["errors"]!["channels"].Should().NotBeNull();
    }
}
