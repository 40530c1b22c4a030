using System.Net;
using System.Text;
using FluentAssertions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TrafficCqrs.Api.Errors;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class when_a_caller_asks_too_much(ApiFixture fixture)
{
    [Fact]
    public async Task a_body_over_the_limit_is_413_and_writes_nothing()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var huge = $"{{\"businessType\":\"licence.renew\",\"applicantIdNumber\":\"{Http.NewIdNumber()}\",\"subject\":\"{new string('x', 70_000)}\"}}";

        var response = await clerk.PostAsync("/api/cases", new StringContent(huge, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await (await clerk.GetAsync("/api/cases")).Body())["totalItems"]!.GetValue<long>().Should().Be(0);
    }

    [Fact]
    public async Task a_page_over_the_cap_is_400()
    {
        var response = await fixture.ClientFor(Actors.Analyst()).GetAsync("/api/cases?pageSize=201");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/cases", true)]
    [InlineData("/api/cases", false)]
    [InlineData("/health", false)]
    public async Task every_answer_carries_the_security_headers_and_no_server_name(string path, bool signedIn)
    {
        var client = signedIn ? fixture.ClientFor(Actors.Clerk(Actors.NewOffice())) : fixture.AnonymousClient();

        var response = await client.GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("frame-ancestors 'none'");
        response.Headers.Contains("Server").Should().BeFalse();
    }

    [Fact]
    public async Task api_answers_are_not_cached()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var id = await CaseApi.Open(clerk);

        var response = await clerk.GetAsync($"/api/cases/{id}");

        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task an_unknown_route_and_a_missing_token_answer_problem_documents()
    {
        var unknown = await fixture.ClientFor(Actors.Clerk(Actors.NewOffice())).GetAsync("/api/cases/not-a-guid");
        var anonymous = await fixture.AnonymousClient().GetAsync("/api/cases");

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        unknown.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        anonymous.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task our_own_faults_show_neither_the_exception_nor_sql()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Path = "/api/cases";
        http.Response.Body = new MemoryStream();
        var handler = new ProblemExceptionHandler(NullLogger<ProblemExceptionHandler>.Instance);
        Exception fault;
        try
        {
            throw new InvalidOperationException("42P01: relation \"traffic.mt_secret\" does not exist: SELECT * FROM traffic.mt_secret");
        }
        catch (Exception e)
        {
            fault = e;
        }

        var handled = await handler.TryHandleAsync(http, fault, CancellationToken.None);

        handled.Should().BeTrue();
        http.Response.StatusCode.Should().Be(500);
        http.Response.Body.Position = 0;
        var body = await new StreamReader(http.Response.Body).ReadToEndAsync();
        body.Should().Contain("correlationId");
        body.Should().NotContainAny("SELECT", "mt_secret", "InvalidOperationException", "42P01", " at ", ".cs:");
    }
}

[Collection(IsolatedHostCollection.Name)]
public sealed class when_a_caller_sends_too_many_requests
{
    [Fact]
    public async Task the_caller_over_the_limit_gets_429_with_retry_after_and_others_are_served()
    {
        await using var host = await TestHosts.Start(new Dictionary<string, string?>
        {
            ["Limits:PermitsPerWindow"] = "3",
            ["Limits:Window"] = "00:01:00",
        });
        var office = Actors.NewOffice();
        var busy = host.ClientFor(Actors.Clerk(office, counter: "W01"));
        var other = host.ClientFor(Actors.Clerk(Actors.NewOffice()));

        for (var i = 0; i < 3; i++)
            (await busy.GetAsync("/api/cases")).StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await busy.GetAsync("/api/cases");

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await other.GetAsync("/api/cases")).StatusCode.Should().Be(HttpStatusCode.OK, "the limit is per caller");
        (await host.Server.CreateClient().GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK,
            "health checks are not limited");
    }
}
