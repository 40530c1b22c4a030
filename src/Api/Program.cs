using System.Text.Json.Serialization;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.Events.Daemon;
using JasperFx.Resources;
using Marten;
using TrafficCqrs.Api.Demo;
using TrafficCqrs.Api.Errors;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Resilience;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application;
using TrafficCqrs.Application.WindowService;
using TrafficCqrs.Projections;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

// The store's options (about 150 event types, their documents and projections) take a quarter of a
// second of one core to build: they are built on the other core while the host is configured.
var storeOptions = Task.Run(() =>
{
    var opts = new StoreOptions();
    TrafficStoreConfiguration.Configure(opts);
    return opts;
});
var builder = WebApplication.CreateBuilder(args);

var connectionString = builder.Configuration.GetConnectionString("Traffic");
if (string.IsNullOrWhiteSpace(connectionString))
    throw new InvalidOperationException(
        "No database configured: set ConnectionStrings:Traffic (environment ConnectionStrings__Traffic), " +
        "or start the service with scripts/run.sh, which starts a local PostgreSQL.");

var polling = builder.Configuration.GetValue<int?>("Projections:PollingMilliseconds");
var autoCreate = builder.Environment.IsProduction() ? AutoCreate.None : AutoCreate.CreateOrUpdate;
builder.Services.AddMarten(_ =>
    {
        var opts = storeOptions.GetAwaiter().GetResult();
        opts.Connection(ConnectionTuning.Tuned(connectionString));
        // How often the busy daemon looks for new events (Projections:PollingMilliseconds, default
        // 250): a longer interval gives the projections larger, cheaper batches at the price of lag.
        if (polling is { } milliseconds)
            opts.Projections.FastPollingTime = TimeSpan.FromMilliseconds(milliseconds);
        opts.AutoCreateSchemaObjects = autoCreate;
        return opts;
    })
    .UseLightweightSessions()
    // Runs the projections that must see every event in global order (the audit hash chain).
    // HotCold: one node at a time runs them, the others stand by. They start once the service
    // answers, after Projections:StartDelay, so they do not slow the first requests.
    .AddAsyncDaemonAfterStart(DaemonMode.HotCold, builder.Configuration.GetValue(DeferredProjectionStart.DelayKey, TimeSpan.Zero))
    .IntegrateWithWolverine();
builder.Services.AddProvinceTenancy();   // a database per province when Tenancy:Provinces is set

builder.Host.UseWolverine(opts =>
{
    opts.Discovery.IncludeAssembly(typeof(OpenCase).Assembly);
    opts.Policies.AutoApplyTransactions();
    opts.Durability.Mode = DurabilityMode.Solo;
    // Dynamic compiles handlers in memory at start (about 2 s here). Static loads code written
    // beforehand with `codegen write`, for the quickest start in production.
    opts.CodeGeneration.TypeLoadMode = builder.Configuration.GetValue("Wolverine:TypeLoadMode", TypeLoadMode.Dynamic);
    if (!builder.Environment.IsProduction())
        opts.Services.AddResourceSetupOnStartup();
    else
        // In production the tables exist before the service starts (db-apply), as for Marten's:
        // Wolverine only checks that its own are there instead of comparing their whole schema.
        opts.AutoBuildMessageStorageOnStartup = AutoCreate.None;
});

builder.Services.AddTrafficApplication();
builder.Services.AddWolverineHttp();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    // Enum values by name only; a field the request does not have, or has twice, is a mistake to report.
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
    o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    o.SerializerOptions.AllowDuplicateProperties = false;
});
builder.Services.AddProblemDetails();
// The database being away is answered 503 before the catch-all turns anything unknown into 500.
builder.Services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddTrafficSecurity(builder.Configuration);
builder.Services.AddTrafficIdempotency();
builder.Services.AddPersonalDataReadLog();
builder.AddTrafficLimits();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddHealthChecks().AddCheck<TrafficCqrs.Api.Endpoints.Admin.ProjectionLagHealthCheck>("projections");
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddTrafficSwagger();
builder.Services.AddHostedService<DemoDataSeeder>();

var app = builder.Build();
if (args.Length == 0 || args[0].StartsWith('-'))   // serving, not a command such as db-apply or codegen
{
    // Begun on the other core while this one sets up the pipeline and the endpoints and starts the
    // hosted services: the store itself, the running catalogue, and what the first requests need.
    _ = Task.Run(() => app.Services.GetRequiredService<IDocumentStore>());
    app.Services.GetRequiredService<CatalogueLoader>().Begin(app.Lifetime.ApplicationStopping);
    StartWarmUp.Begin(app);
}

app.UseExceptionHandler();
app.UseStatusCodePages();      // empty 4xx answers (401, 404 of an unknown route, 415) become problem documents
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
    app.UseHsts();
app.UseCorrelationIds();
app.UseSwagger();
app.UseSwaggerUI();
app.UseRequestBodyLimit();
app.UseAuthentication();
app.UseRateLimiter();          // after authentication: limits are per caller
app.UseAuthorization();
app.UseProvinceTenancy();
app.UseEmptyIdRefusal();
app.UseIdempotencyKeys();

app.MapGet("/", () => Results.Redirect("/swagger")).AllowAnonymous().ExcludeFromDescription();
app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.Write }).AllowAnonymous();
app.MapWolverineEndpoints(opts =>
{
    opts.AddPolicy<EndpointAuthorizationGuard>();
    opts.AddPolicy<RequestBodyRules>();
    opts.DetectProvince(app.Services);
});

return await app.RunJasperFxCommands(args);

/// <summary>Lets test hosts find the application.</summary>
public partial class Program;
