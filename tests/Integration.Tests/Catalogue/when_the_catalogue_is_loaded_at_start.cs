using System.Net;
using FluentAssertions;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TrafficCqrs.Application.WindowService;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Window;

namespace TrafficCqrs.Integration.Tests.Catalogue;

/// <summary>
/// The loader begins early when the schema was applied beforehand; the host's start still waits for
/// it. The stored catalogue is held back here by a lock on its table, so the order is seen, not raced.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class when_the_catalogue_is_loaded_at_start(ApiFixture fixture)
{
    [Theory]
    [InlineData(AutoCreate.None)]            // production: begun as the host is built
    [InlineData(AutoCreate.CreateOrUpdate)]  // development: loaded in the service's turn
    public async Task the_start_waits_for_the_stored_catalogue(AutoCreate schemaAtStart)
    {
        var code = CatalogueApi.NewCode();
        var defined = await fixture.ClientFor(WindowActors.Admin()).PostJson("/api/catalogue", CatalogueApi.TypeBody(code, fee: 3m));
        defined.StatusCode.Should().Be(HttpStatusCode.Created);
        var catalogue = new BusinessCatalogue(BusinessCatalogue.Standard.All);
        var loader = new CatalogueLoader(new ServiceCollection()
            .AddSingleton(new StoreOptions { AutoCreateSchemaObjects = schemaAtStart })
            .AddSingleton(fixture.Host.Services.GetRequiredService<IDocumentStore>())
            .BuildServiceProvider(), catalogue);

        Task starting;
        await using (var held = await HoldCatalogueTable())
        {
            loader.Begin();
            await loader.StartingAsync(CancellationToken.None);
            starting = loader.StartAsync(CancellationToken.None);
            await Task.Delay(300);

            starting.IsCompleted.Should().BeFalse("the stored catalogue cannot be read yet");
            catalogue.Find(code).Should().BeNull();
        }
        await starting;

        catalogue.Find(code)!.Fee.Should().Be(3m);
    }

    /// <summary>An open transaction holding the catalogue's table: no one reads it until disposed.</summary>
    private static async Task<NpgsqlTransaction> HoldCatalogueTable()
    {
        var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Traffic"));
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(
            "lock table traffic.mt_doc_storedbusinesstype in access exclusive mode", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return transaction;
    }
}
