using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Vehicles;

/// <summary>A clock the test moves forward: vehicle rules count years (inspection due dates, keeping a number).</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
    public override DateTimeOffset GetUtcNow() => Now;
    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>
/// A second API host over the same database whose handlers read a <see cref="TestClock"/>, for
/// journeys that span years. Used by one test class at a time, so moving the clock is safe.
/// Created after the collection's <see cref="ApiFixture"/> has set the database and signing key.
/// </summary>
public sealed class ClockedApiFixture : IAsyncLifetime
{
    public TestClock Clock { get; } = new();
    public IAlbaHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await AlbaHost.For<Program>(builder => builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        }));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Tokens outlive the journey: the clock moves years ahead while token checks use the real time.</summary>
    public HttpClient ClientFor(TokenRequest who)
    {
        var client = Host.Server.CreateClient();
        var token = TokenIssuer.Issue(new JwtOptions { SigningKey = ApiFixture.SigningKey }, who, TimeSpan.FromDays(365 * 30));
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();
}
