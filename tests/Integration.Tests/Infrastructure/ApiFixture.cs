using JasperFx.Events.Projections;
using Marten;
using Alba;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Testcontainers.PostgreSql;
using TrafficCqrs.Api.Security;

namespace TrafficCqrs.Integration.Tests.Infrastructure;

/// <summary>
/// One API host over one real PostgreSQL for the whole collection. The database comes from
/// ConnectionStrings__Traffic (scripts/test.sh starts a local cluster); where it is not set and a
/// Docker engine runs, a throwaway PostgreSQL container is started instead. Tests never wipe the
/// database: each uses fresh stream ids and its own office codes.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string SigningKey = "integration-tests-signing-key-0123456789abcdef";
    private PostgreSqlContainer? _container;

    public IAlbaHost Host { get; private set; } = null!;

    /// <summary>The host's clock; real time unless a test sets it.</summary>
    public SettableClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Traffic");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            _container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            try
            {
                await _container.StartAsync();
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(
                    "No database for the tests: set ConnectionStrings__Traffic, run them with scripts/test.sh " +
                    "(which starts a local PostgreSQL), or run a Docker engine.", e);
            }
            connectionString = _container.GetConnectionString();
        }

        // Read by Program before the host is built, so they go in as environment settings.
        Environment.SetEnvironmentVariable("ConnectionStrings__Traffic", connectionString);
        Environment.SetEnvironmentVariable("Auth__SigningKey", SigningKey);
        Environment.SetEnvironmentVariable("Demo__Seed", "false");
        Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", "Development");
        // Shared test users send many requests; the rate limit has tests of its own.
        Environment.SetEnvironmentVariable("Limits__PermitsPerWindow", "1000000");

        Host = await AlbaHost.For<Program>(web =>
            web.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                // A projection the reliability tests can break on purpose (asynchronous, like statistics).
                services.ConfigureMarten(opts =>
                    opts.Projections.Add(new Reliability.PoisonProbeProjection(), ProjectionLifecycle.Async));
            }));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_container is not null) await _container.DisposeAsync();
    }

    public HttpClient ClientFor(TokenRequest who)
    {
        var client = Host.Server.CreateClient();
        var token = TokenIssuer.Issue(new JwtOptions { SigningKey = SigningKey }, who, TimeSpan.FromMinutes(30));
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public HttpClient AnonymousClient() => Host.Server.CreateClient();
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
