using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Api.Security;

public static class SecuritySetup
{
    public static IServiceCollection AddTrafficSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        // Checked when the host starts, with the configuration it finally has: a missing, short or
        // development key outside Development stops the service instead of signing with it.
        services.AddOptions<JwtOptions>()
            .Bind(configuration.GetSection(JwtOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<JwtOptions>, SigningKeyPolicy>();
        services.AddSingleton<TokenIssuer>();

        services.AddSingleton<ValidatedTokens>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        // Authentication registers ASP.NET Core's data protection, which only cookies and remote
        // sign-in use; bearer tokens do not. So its key ring is not created (and no key file
        // written) at every start: a use of it, should one come, would create it then.
        foreach (var keyRingAtStart in services.Where(IsKeyRingLoader).ToList())
            services.Remove(keyRingAtStart);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>, ValidatedTokens>((jwt, auth, validated) =>
            {
                var options = auth.Value;
                jwt.MapInboundClaims = false;
                jwt.Events = new JwtBearerEvents
                {
                    // A token validated before, and not expired since, is not parsed and checked again.
                    OnMessageReceived = context =>
                    {
                        if (BearerToken(context.Request) is { } token && validated.Find(token) is { } principal)
                        {
                            context.Principal = principal;
                            context.Success();
                        }
                        return Task.CompletedTask;
                    },
                    OnTokenValidated = context =>
                    {
                        if (context.SecurityToken is JsonWebToken { ValidTo: var validTo } token && context.Principal is { } principal)
                            validated.Remember(token.EncodedToken, principal, new DateTimeOffset(validTo, TimeSpan.Zero));
                        return Task.CompletedTask;
                    },
                };
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = TokenIssuer.SigningKey(options),
                    NameClaimType = TrafficClaims.Subject,
                    RoleClaimType = TrafficClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });

        services.AddAuthorizationBuilder()
            // An endpoint that declares nothing still demands a signed-in caller.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.CaseWork, p => p.RequireRole(TrafficRoles.Clerk, TrafficRoles.Agent, TrafficRoles.Kiosk))
            .AddPolicy(Policies.CaseRead, p => p.RequireRole(TrafficRoles.Clerk, TrafficRoles.Agent,
                TrafficRoles.Auditor, TrafficRoles.Supervisor, TrafficRoles.Analyst))
            .AddPolicy(Policies.Audit, p => p.RequireRole(TrafficRoles.Auditor, TrafficRoles.Supervisor))
            // Police work is done by office staff, never through a citizen channel account.
            .AddPolicy(Policies.Enforcement, p => p.RequireRole(TrafficRoles.Clerk).RequireAssertion(c =>
                c.User.FindFirst(TrafficClaims.Channel)?.Value is not (Channels.Online or Channels.Kiosk)))
            .AddPolicy(Policies.InsurerWork, p => p.RequireRole(TrafficRoles.Insurer))
            .AddPolicy(Policies.AccidentRead, p => p.RequireRole(TrafficRoles.Clerk, TrafficRoles.Agent,
                TrafficRoles.Auditor, TrafficRoles.Supervisor, TrafficRoles.Analyst, TrafficRoles.Insurer, TrafficRoles.Court))
            .AddPolicy(Policies.StationSupervision, p => p.RequireRole(TrafficRoles.Supervisor, TrafficRoles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(TrafficRoles.Admin))
            .AddPolicy(Policies.OutletRead, p => p.RequireRole(TrafficRoles.Admin, TrafficRoles.Auditor, TrafficRoles.Supervisor))
            .AddPolicy(Policies.PersonRead, p => p.RequireRole(TrafficRoles.Clerk, TrafficRoles.Auditor, TrafficRoles.Supervisor))
            .AddPolicy(Policies.Supervise, p => p.RequireRole(TrafficRoles.Supervisor))
            .AddPolicy(Policies.CatalogueRead, p => p.RequireRole(TrafficRoles.All.ToArray()))
            .AddPolicy(Policies.Queue, p => p.RequireRole(TrafficRoles.Clerk, TrafficRoles.Kiosk))
            .AddPolicy(Policies.Counter, p => p.RequireRole(TrafficRoles.Clerk))
            .AddPolicy(Policies.Boards, p => p.RequireRole(TrafficRoles.Clerk, TrafficRoles.Supervisor,
                TrafficRoles.Analyst, TrafficRoles.Admin))
            .AddPolicy(Policies.Analytics, p => p.RequireRole(TrafficRoles.Analyst, TrafficRoles.Supervisor,
                TrafficRoles.Auditor, TrafficRoles.Admin));

        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }

    private static bool IsKeyRingLoader(ServiceDescriptor service) =>
        service.ServiceType == typeof(IHostedService) && !service.IsKeyedService &&
        service.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    /// <summary>The token of an <c>Authorization: Bearer …</c> header, read as the bearer handler reads it.</summary>
    private static string? BearerToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        var token = authorization["Bearer ".Length..].Trim();
        return token.Length == 0 ? null : token;
    }
}

/// <summary>The signing key must be a real secret, and never the development key outside Development.</summary>
public sealed class SigningKeyPolicy(IHostEnvironment environment) : IValidateOptions<JwtOptions>
{
    public const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(options.SigningKey) < MinimumKeyBytes)
            return ValidateOptionsResult.Fail(
                $"Auth:SigningKey must be set to a secret of at least {MinimumKeyBytes} bytes (environment Auth__SigningKey).");
        if (!environment.IsDevelopment() &&
            string.Equals(options.SigningKey.Trim(), JwtOptions.DevelopmentSigningKey, StringComparison.Ordinal))
            return ValidateOptionsResult.Fail(
                $"Auth:SigningKey is the development key, which is public; the {environment.EnvironmentName} " +
                "environment needs its own secret (environment Auth__SigningKey).");
        return ValidateOptionsResult.Success;
    }
}
