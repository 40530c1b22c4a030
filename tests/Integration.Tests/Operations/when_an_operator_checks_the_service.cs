using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Operations;

[Collection(ApiCollection.Name)]
public sealed class when_an_operator_checks_the_service(ApiFixture fixture)
{
    [Fact]
    public async Task health_reports_the_database()
    {
        var response = await fixture.AnonymousClient().GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Body();
        body["status"]!.GetValue<string>().Should().Be("Healthy");
        body["checks"]!["database"]!["status"]!.GetValue<string>().Should().Be("Healthy");
    }

    [Fact]
    public async Task the_openapi_document_lists_the_case_and_audit_endpoints()
    {
        var response = await fixture.AnonymousClient().GetAsync("/swagger/v1/swagger.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var paths = (await response.Body())["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.Should().Contain([
            "/api/cases", "/api/cases/{id}", "/api/cases/{id}/accept", "/api/cases/{id}/payments",
            "/api/cases/{id}/complete", "/api/cases/{id}/reject", "/api/cases/{id}/withdraw",
            "/api/audit/cases/{id}/trace", "/api/audit/cases/{id}/state",
        ]);
    }

    [Fact]
    public async Task the_development_token_endpoint_signs_a_usable_token()
    {
        var anonymous = fixture.AnonymousClient();
        var issued = await anonymous.PostJson("/api/dev/token",
            new { user = "dev.clerk", roles = new[] { "clerk" }, office = Actors.NewOffice(), counter = "W02" });
        issued.StatusCode.Should().Be(HttpStatusCode.OK);
        var token = (await issued.Body())["accessToken"]!.GetValue<string>();

        var client = fixture.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        (await client.GetAsync("/api/cases")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task the_correlation_id_is_echoed()
    {
        var client = fixture.AnonymousClient();
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "ops-check-1");

        var response = await client.GetAsync("/health");

        response.Headers.GetValues("X-Correlation-Id").Should().Equal("ops-check-1");
    }
}
