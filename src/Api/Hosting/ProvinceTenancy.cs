using Marten;
using Marten.Storage;
using TrafficCqrs.Api.Security;
using Wolverine.Http;
using Wolverine.Http.Runtime.MultiTenancy;
using TrafficCqrs.Projections;
using Wolverine.Marten;

namespace TrafficCqrs.Api.Hosting;

/// <summary>
/// The provinces served, each with a database of its own (分省部署): configured as
/// <c>Tenancy:Provinces:&lt;CODE&gt;</c> = connection string. None configured: one database
/// (ConnectionStrings:Traffic) serves everyone, as without tenancy.
/// </summary>
public sealed class ProvinceTenancySettings
{
    public const string Section = "Tenancy:Provinces";

    public ProvinceTenancySettings(IReadOnlyDictionary<string, string> provinces) =>
        Provinces = provinces.ToDictionary(p => Normalise(p.Key), p => p.Value, StringComparer.Ordinal);

    /// <summary>Province code (upper case) to its database's connection string.</summary>
    public IReadOnlyDictionary<string, string> Provinces { get; }

    public bool IsOn => Provinces.Count > 0;

    public bool Serves(string province) => Provinces.ContainsKey(Normalise(province));

    public static ProvinceTenancySettings From(IConfiguration configuration) =>
        new(configuration.GetSection(Section).GetChildren()
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .ToDictionary(c => c.Key, c => c.Value!));

    /// <summary>Province codes are compared upper case: "gd" and "GD" are one province (and one tenant id).</summary>
    public static string Normalise(string province) => province.Trim().ToUpperInvariant();
}

/// <summary>
/// Wires province tenancy: Marten gets a database per province (tenant id = province code) and
/// runs its async daemon in each; Wolverine keeps its node and envelope tables in the main
/// database; HTTP requests are served in the database of the province in the caller's token.
/// </summary>
public static class ProvinceTenancy
{
    /// <summary>The token claim naming the caller's province, e.g. "GD".</summary>
    public const string Claim = TrafficClaims.Province;

    public const string ProvinceRequiredCode = "tenancy.province_required";
    public const string ProvinceUnknownCode = "tenancy.province_unknown";
    public const string NotPerProvinceCode = "tenancy.not_per_province";

    /// <summary>Call after AddMarten(...).IntegrateWithWolverine(): it replaces the single database when provinces are configured.</summary>
    public static IServiceCollection AddProvinceTenancy(this IServiceCollection services)
    {
        services.AddSingleton(sp => ProvinceTenancySettings.From(sp.GetRequiredService<IConfiguration>()));
        // Read when the store is built, so the configuration is the host's final one (tests add theirs late).
        services.ConfigureMarten((sp, opts) =>
        {
            var settings = sp.GetRequiredService<ProvinceTenancySettings>();
            if (!settings.IsOn) return;
            opts.MultiTenantedDatabases(tenancy =>
            {
                foreach (var (province, connectionString) in settings.Provinces.OrderBy(p => p.Key, StringComparer.Ordinal))
                    tenancy.AddSingleTenantDatabase(ConnectionTuning.Tuned(connectionString), province);
            });
            // Wolverine needs one main database for its nodes and envelopes; each province database
            // also gets its own envelope tables for the outbox of the commands served there.
            if (sp.GetService<MartenIntegration>() is { } integration)
                integration.MainDatabaseConnectionString ??=
                    sp.GetRequiredService<IConfiguration>().GetConnectionString("Traffic");
        });
        return services;
    }

    /// <summary>Wolverine.Http opens each endpoint's and handler's session in the caller's province.</summary>
    public static void DetectProvince(this WolverineHttpOptions opts, IServiceProvider services)
    {
        if (services.GetRequiredService<ProvinceTenancySettings>().IsOn)
            opts.TenantId.DetectWith(new ProvinceClaimDetection());
    }

    /// <summary>
    /// In tenancy mode, refuses a signed-in caller whose token names no province (403
    /// <c>tenancy.province_required</c>) or one not served here (403 <c>tenancy.province_unknown</c>),
    /// and endpoints marked <see cref="SingleDatabaseOnlyAttribute"/> (409 <c>tenancy.not_per_province</c>),
    /// before any session is opened. Place after authentication, before anything that reads the store.
    /// </summary>
    public static IApplicationBuilder UseProvinceTenancy(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var settings = http.RequestServices.GetRequiredService<ProvinceTenancySettings>();
            if (settings.IsOn && http.GetEndpoint() is { } endpoint && http.User.Identity?.IsAuthenticated == true)
            {
                var province = http.User.FindFirst(Claim)?.Value;
                if (string.IsNullOrWhiteSpace(province))
                {
                    await Refuse(http, StatusCodes.Status403Forbidden, ProvinceRequiredCode,
                        "This service keeps a database per province: the token must name the caller's province (claim 'province').");
                    return;
                }
                if (!settings.Serves(province))
                {
                    await Refuse(http, StatusCodes.Status403Forbidden, ProvinceUnknownCode,
                        $"Province '{province.Trim()}' is not served here.");
                    return;
                }
                if (endpoint.Metadata.GetMetadata<SingleDatabaseOnlyAttribute>() is { } only)
                {
                    await Refuse(http, StatusCodes.Status409Conflict, NotPerProvinceCode,
                        $"Not available while each province has its own database: {only.Reason}");
                    return;
                }
            }
            await next(http);
        });

    /// <summary>The caller's province in tenancy mode; null when one database serves everyone.</summary>
    public static string? ProvinceOf(HttpContext http) =>
        http.RequestServices.GetRequiredService<ProvinceTenancySettings>().IsOn
        && http.User.FindFirst(Claim)?.Value is { } province && !string.IsNullOrWhiteSpace(province)
            ? ProvinceTenancySettings.Normalise(province)
            : null;

    /// <summary>A read session in the caller's province (the one database without tenancy).</summary>
    public static IQuerySession QuerySessionFor(this IDocumentStore store, HttpContext http) =>
        ProvinceOf(http) is { } province ? store.QuerySession(province) : store.QuerySession();

    /// <summary>A writing session in the caller's province (the one database without tenancy).</summary>
    public static IDocumentSession LightweightSessionFor(this IDocumentStore store, HttpContext http) =>
        ProvinceOf(http) is { } province ? store.LightweightSession(province) : store.LightweightSession();

    /// <summary>The database of the caller's province (the one database without tenancy).</summary>
    public static async ValueTask<IMartenDatabase> DatabaseFor(this IDocumentStore store, HttpContext http) =>
        ProvinceOf(http) is { } province ? await store.Storage.FindOrCreateDatabase(province) : store.Storage.Database;

    private static Task Refuse(HttpContext http, int status, string code, string detail) =>
        Results.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = status,
            Title = status == StatusCodes.Status403Forbidden ? "Forbidden" : "Conflict.",
            Detail = detail,
            Instance = http.Request.Path,
            Extensions = { [Errors.ProblemExceptionHandler.RuleCodeExtension] = code },
        }).ExecuteAsync(http);

    /// <summary>The tenant id is the token's province claim, in the one spelling Marten knows.</summary>
    private sealed class ProvinceClaimDetection : ITenantDetection
    {
        public ValueTask<string?> DetectTenant(HttpContext context) =>
            new(context.User.FindFirst(Claim)?.Value is { } province && !string.IsNullOrWhiteSpace(province)
                ? ProvinceTenancySettings.Normalise(province)
                : null);

        public override string ToString() => $"Tenant id is the '{Claim}' claim, upper case";
    }
}

/// <summary>
/// Marks an endpoint that works on the whole installation rather than one province's database;
/// it is refused (409 <c>tenancy.not_per_province</c>) while provinces have databases of their own.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class SingleDatabaseOnlyAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
