using Alba;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Tenancy;

/// <summary>
/// One API host with province tenancy: two provinces, each with a database of its own on the same
/// server as the main database (ConnectionStrings__Traffic), named after it ("_gd", "_zj") and
/// created when missing. Tests never wipe them: each uses fresh ids and offices.
/// </summary>
public sealed class ProvinceTenancyFixture : IAsyncLifetime
{
    public const string Guangdong = "GD";
    public const string Zhejiang = "ZJ";

    public IAlbaHost Host { get; private set; } = null!;

    /// <summary>Province code to its database's connection string.</summary>
    public IReadOnlyDictionary<string, string> Databases { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var main = Environment.GetEnvironmentVariable("ConnectionStrings__Traffic");
        if (string.IsNullOrWhiteSpace(main))
            throw new InvalidOperationException("Set ConnectionStrings__Traffic (scripts/test.sh does) to run the province tenancy tests.");

        var databases = new Dictionary<string, string>();
        foreach (var province in new[] { Guangdong, Zhejiang })
            databases[province] = await EnsureDatabase(main, province.ToLowerInvariant());
        Databases = databases;

        Environment.SetEnvironmentVariable("Auth__SigningKey", ApiFixture.SigningKey);
        Environment.SetEnvironmentVariable("Demo__Seed", "false");
        Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", "Development");
        Environment.SetEnvironmentVariable("Limits__PermitsPerWindow", "1000000");

        // Settings of this host only (environment variables would reach the other collections' hosts).
        var settings = databases.ToDictionary(d => $"Tenancy:Provinces:{d.Key}", d => (string?)d.Value);
        Host = await AlbaHost.For<Program>(web =>
            web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings)));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public HttpClient ClientFor(TokenRequest who) => Host.ClientFor(who);

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    /// <summary>Lets the async daemon of a province's database apply every event appended so far.</summary>
    public Task CatchUp(string province) => Store.WaitForNonStaleProjectionDataAsync(province, TimeSpan.FromSeconds(60));

    /// <summary>Counts rows with a raw query in one province's database, past the API and Marten.</summary>
    public async Task<long> Count(string province, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Databases[province]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>The database "{main}_{suffix}" on the main database's server, created when missing.</summary>
    private static async Task<string> EnsureDatabase(string main, string suffix)
    {
        var builder = new NpgsqlConnectionStringBuilder(main);
        var name = $"{builder.Database}_{suffix}";
        await using (var connection = new NpgsqlConnection(main))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("select count(*) from pg_database where datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if (Convert.ToInt64(await exists.ExecuteScalarAsync()) == 0)
            {
                try
                {
                    await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
                    await create.ExecuteNonQueryAsync();
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
                {
                    // Created by a parallel run in between: fine.
                }
            }
        }
        builder.Database = name;
        return builder.ConnectionString;
    }
}

/// <summary>Runs alone: its host shares the main database (Wolverine's) with the other collections.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProvinceTenancyCollection : ICollectionFixture<ProvinceTenancyFixture>
{
    public const string Name = "province tenancy";
}
