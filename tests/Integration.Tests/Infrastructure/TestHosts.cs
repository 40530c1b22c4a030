using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using TrafficCqrs.Api.Security;

namespace TrafficCqrs.Integration.Tests.Infrastructure;

/// <summary>
/// Hosts of their own, for tests that restart the API or change its settings. They share the
/// database of <see cref="ApiFixture"/> and run in <see cref="IsolatedHostCollection"/>, never beside
/// other tests.
/// </summary>
public static class TestHosts
{
    /// <param name="settings">Configuration for this host only, e.g. ["RateLimits:PermitLimit"] = "3".</param>
    /// <param name="environment">Production creates no schema at start: it expects the tables to exist.</param>
    public static async Task<IAlbaHost> Start(IReadOnlyDictionary<string, string?>? settings = null,
        string environment = "Development")
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("ConnectionStrings__Traffic")))
            throw new InvalidOperationException("Set ConnectionStrings__Traffic (scripts/test.sh does) to run isolated hosts.");
        Environment.SetEnvironmentVariable("Auth__SigningKey", ApiFixture.SigningKey);
        Environment.SetEnvironmentVariable("Demo__Seed", "false");
        Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", environment);
        Environment.SetEnvironmentVariable("Limits__PermitsPerWindow", "1000000");

        return await AlbaHost.For<Program>(builder =>
        {
            if (settings is null) return;
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        });
    }

    /// <summary>A Development host whose async daemon does not start: a test runs the subscriptions itself.</summary>
    public static async Task<IAlbaHost> StartWithDaemonHeldBack()
    {
        Environment.SetEnvironmentVariable("Projections__StartDelay", "01:00:00");
        try
        {
            return await Start();
        }
        finally
        {
            Environment.SetEnvironmentVariable("Projections__StartDelay", null);
        }
    }

    public static HttpClient ClientFor(this IAlbaHost host, TokenRequest who)
    {
        var client = host.Server.CreateClient();
        var token = TokenIssuer.Issue(new JwtOptions { SigningKey = ApiFixture.SigningKey }, who, TimeSpan.FromMinutes(30));
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }
}

/// <summary>Tests that start hosts of their own run alone, after the shared-host tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class IsolatedHostCollection
{
    public const string Name = "isolated hosts";
}
