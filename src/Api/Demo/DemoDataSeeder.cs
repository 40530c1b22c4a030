using Marten;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Licensing;
using TrafficCqrs.Projections.Cases;
using Wolverine;

namespace TrafficCqrs.Api.Demo;

/// <summary>
/// Puts a few cases into an empty database when Demo:Seed is true, so a new installation has
/// something to look at. Goes through the same commands as a clerk would.
/// </summary>
public sealed class DemoDataSeeder(
    IConfiguration configuration,
    IHostApplicationLifetime lifetime,
    IServiceProvider services,
    ILogger<DemoDataSeeder> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Demo:Seed")) return Task.CompletedTask;
        if (ProvinceTenancySettings.From(configuration).IsOn)
        {
            logger.LogInformation("Demo data: not seeded while each province has a database of its own");
            return Task.CompletedTask;
        }
        // Wait until Wolverine and the schema are up.
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(SeedAsync));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync()
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<IQuerySession>();
            if (await session.Query<CaseSummary>().AnyAsync()) return;

            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            var clerk = new Actor("demo.clerk", ["clerk"], "610100", "W01", null, Channels.Window);
            CommandContext Context() => new(clerk, "demo-seed", Guid.NewGuid());

            var applicants = new[] { "11010519491231002", "44030119900307123", "61010219851120456" }
                .Select(first17 => first17 + ResidentIdNumber.CheckCharacterFor(first17)).ToArray();

            // The ID-only licence cases look the holder's licence up: two licences in the register first,
            // the first one due for renewal within the month.
            await using (var writer = scope.ServiceProvider.GetRequiredService<IDocumentStore>().LightweightSession())
            {
                var now = DateTimeOffset.UtcNow;
                foreach (var (holder, issuedAt) in new[] { (applicants[0], now.AddYears(-6).AddDays(30)), (applicants[1], now.AddYears(-2)) })
                {
                    ResidentIdNumber.TryParse(holder, out var id, out _);
                    var licenceId = LicenceStreamId.For(holder);
                    writer.Events.StartStream<DrivingLicence>(licenceId,
                        LicenceRules.Issue(licenceId, holder, id.BirthDate, ["C1"], "610100", null, issuedAt));
                }
                await writer.SaveChangesAsync();
            }

            var renewed = Guid.CreateVersion7();
            await bus.InvokeAsync<CaseWritten>(new OpenCase(renewed, "licence.renew", applicants[0], Context()));
            await bus.InvokeAsync<CaseWritten>(new AcceptCase(renewed, null, Context()));
            await bus.InvokeAsync<CaseWritten>(new RecordPayment(renewed, 10m, "wechat", "WX-DEMO-0001", null, Context()));
            await bus.InvokeAsync<CaseWritten>(new CompleteCase(renewed, null, Context()));

            var contact = Guid.CreateVersion7();
            await bus.InvokeAsync<CaseWritten>(new OpenCase(contact, "licence.contact_change", applicants[1], Context(),
                Details: new Dictionary<string, string> { ["phone"] = "13800000000" }));
            await bus.InvokeAsync<CaseWritten>(new AcceptCase(contact, null, Context()));

            var plate = Guid.CreateVersion7();
            await bus.InvokeAsync<CaseWritten>(new OpenCase(plate, "vehicle.replace_plate", applicants[2], Context()));
            await bus.InvokeAsync<CaseWritten>(new RejectCase(plate, "The vehicle is recorded as seized.", null, Context()));

            logger.LogInformation("Demo data: three cases seeded");
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Demo data could not be seeded");
        }
    }
}
