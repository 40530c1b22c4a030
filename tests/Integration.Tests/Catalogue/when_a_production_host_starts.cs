using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Window;

namespace TrafficCqrs.Integration.Tests.Catalogue;

/// <summary>
/// In production the schema is applied beforehand, and the host reads the stored catalogue while it
/// starts its other services. Its first request must still find that catalogue loaded.
/// </summary>
[Collection(IsolatedHostCollection.Name)]
public sealed class when_a_production_host_starts
{
    [Fact]
    public async Task its_first_requests_find_the_catalogue_stored_before_it_started()
    {
        var code = CatalogueApi.NewCode();
        await using (var earlier = await TestHosts.Start())   // Development: creates any missing table
        {
            var defined = await earlier.ClientFor(WindowActors.Admin()).PostJson("/api/catalogue",
                CatalogueApi.TypeBody(code, fee: 12.5m));
            defined.StatusCode.Should().Be(HttpStatusCode.Created, await defined.Content.ReadAsStringAsync());
        }

        await using var production = await TestHosts.Start(environment: "Production");
        var clerk = production.ClientFor(Actors.Clerk(Actors.NewOffice()));

        var opened = await clerk.PostJson("/api/cases", new { businessType = code, applicantIdNumber = Http.NewIdNumber() });
        var type = await clerk.GetAsync($"/api/catalogue/{code}");

        opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        (await (await clerk.GetAsync(opened.Headers.Location)).Body())["fee"]!.GetValue<decimal>().Should().Be(12.5m);
        type.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
