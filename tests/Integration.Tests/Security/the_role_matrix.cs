using System.Net;
using System.Text;
using FluentAssertions;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Infrastructure;
using static TrafficCqrs.Api.Security.TrafficRoles;

namespace TrafficCqrs.Integration.Tests.Security;

/// <summary>
/// Every endpoint the application serves × every role (and no token at all): allowed or refused
/// as the policy table below says. The endpoints come from the running application, so an endpoint
/// added without a policy, or with a policy this table does not know, fails here.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class the_role_matrix(ApiFixture fixture)
{
    private const string NoToken = "none";

    /// <summary>Who each policy lets in. A new policy belongs here, with the roles it is meant for.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AllowedByPolicy = new Dictionary<string, string[]>
    {
        [Policies.CaseWork] = [Clerk, Agent, Kiosk],
        [Policies.CaseRead] = [Clerk, Agent, Auditor, Supervisor, Analyst],
        [Policies.Audit] = [Auditor, Supervisor],
        [Policies.Enforcement] = [Clerk],
        [Policies.InsurerWork] = [Insurer],
        [Policies.AccidentRead] = [Clerk, Agent, Auditor, Supervisor, Analyst, Insurer, Court],
        [Policies.StationSupervision] = [Supervisor, Admin],
        [Policies.Admin] = [Admin],
        [Policies.OutletRead] = [Admin, Auditor, Supervisor],
        [Policies.PersonRead] = [Clerk, Auditor, Supervisor],
        [Policies.Supervise] = [Supervisor],
        [Policies.CatalogueRead] = [Clerk, Agent, Auditor, Supervisor, Analyst, Admin, Insurer, Court, Kiosk],
        [Policies.Queue] = [Clerk, Kiosk],
        [Policies.Counter] = [Clerk],
        [Policies.Boards] = [Clerk, Supervisor, Analyst, Admin],
        [Policies.Analytics] = [Analyst, Supervisor, Auditor, Admin],
    };

    private static readonly string[] Callers = [.. All, NoToken];

    /// <summary>A typical token for one role: the claims its holders carry (an agent's outlet, an insurer's company …).</summary>
    public static TokenRequest TokenFor(string role, string office) => role switch
    {
        Clerk => Actors.Clerk(office),
        Agent => Actors.Agent(office, "OUTLET-" + office),
        Auditor => Actors.Auditor(office),
        Supervisor => Actors.Supervisor(office),
        Analyst => Actors.Analyst(office),
        Admin => Actors.Admin(office),
        Insurer => new("claims." + office, [Insurer], office, Insurer: "INS-" + office),
        Court => new("judge." + office, [Court], office, Court: "COURT-" + office),
        Kiosk => new("kiosk." + office, [Kiosk], office, Counter: "K01"),
        _ => throw new ArgumentOutOfRangeException(nameof(role), $"No token for role {role}: add it to the matrix."),
    };

    private HttpClient ClientFor(string caller, string office) =>
        caller == NoToken ? fixture.AnonymousClient() : fixture.ClientFor(TokenFor(caller, office));

    [Fact]
    public void the_matrix_knows_every_role()
    {
        All.Should().BeEquivalentTo([Clerk, Agent, Auditor, Supervisor, Analyst, Admin, Insurer, Court, Kiosk],
            "a new role needs a column in the matrix");
    }

    [Fact]
    public void the_endpoint_list_is_found_and_includes_the_known_ones()
    {
        var endpoints = EndpointCatalogue.All(fixture.Host.Services).Select(e => e.ToString()).ToList();

        endpoints.Should().Contain(["POST /api/cases", "GET /api/cases/{id:guid}", "GET /api/audit/cases/{id:guid}/trace"]);
    }

    [Fact]
    public void every_endpoint_declares_a_known_policy_or_anonymous()
    {
        var undeclared = EndpointCatalogue.All(fixture.Host.Services)
            .Where(e => !e.Anonymous && (e.Policies.Count == 0 || e.Policies.Any(p => !AllowedByPolicy.ContainsKey(p))))
            .Select(e => $"{e} declares [{string.Join(", ", e.Policies)}]")
            .ToList();

        undeclared.Should().BeEmpty("each endpoint needs [Authorize(Policy = ...)] with a policy in the matrix table, or [AllowAnonymous]");
    }

    [Fact]
    public async Task every_role_is_let_in_or_refused_as_its_policy_says()
    {
        var office = Actors.NewOffice();
        var failures = new List<string>();
        var checkedCalls = 0;

        foreach (var endpoint in EndpointCatalogue.All(fixture.Host.Services))
        {
            var allowed = Allowed(endpoint);
            foreach (var caller in Callers)
            {
                var response = await Send(ClientFor(caller, office), endpoint);
                var text = await response.Content.ReadAsStringAsync();
                var body = text.Length > 300 ? text[..300] + "…" : text;
                var refusedForRole = text.Contains(ProblemAuthorizationResultHandler.RoleRequiredCode);
                var status = (int)response.StatusCode;
                checkedCalls++;

                if (status >= 500)
                    failures.Add($"{endpoint} as {caller}: {status} {body}");
                else if (caller == NoToken && !endpoint.Anonymous && status != 401)
                    failures.Add($"{endpoint} without a token: expected 401, got {status}");
                else if (caller != NoToken && !allowed.Contains(caller)
                         && (status != 403 || !refusedForRole))
                    failures.Add($"{endpoint} as {caller}: expected 403 for the role, got {status} {body}");
                else if (allowed.Contains(caller) && (status == 401 || refusedForRole))
                    failures.Add($"{endpoint} as {caller}: the role should be let in, got {status} {body}");
            }
        }

        failures.Should().BeEmpty();
        checkedCalls.Should().BeGreaterThan(Callers.Length * 10);
    }

    /// <summary>The roles an endpoint should let in: all of its policies must agree.</summary>
    private static IReadOnlySet<string> Allowed(ApiEndpoint endpoint)
    {
        if (endpoint.Anonymous) return Callers.ToHashSet();
        IEnumerable<string> roles = All;
        foreach (var policy in endpoint.Policies)
            roles = roles.Intersect(AllowedByPolicy.TryGetValue(policy, out var fit) ? fit : []);
        return endpoint.Policies.Count == 0 ? new HashSet<string>() : roles.ToHashSet();
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, ApiEndpoint endpoint)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url());
        if (endpoint.HasBody)
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return client.SendAsync(request);
    }
}
