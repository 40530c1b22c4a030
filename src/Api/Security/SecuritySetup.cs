using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace TrafficCqrs.Api.Security;

public static class SecuritySetup
{
    private const int MinimumKeyBytes = 32;

    public static IServiceCollection AddTrafficSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        if (System.Text.Encoding.UTF8.GetByteCount(options.SigningKey) < MinimumKeyBytes)
            throw new InvalidOperationException(
                $"Auth:SigningKey must be set to a secret of at least {MinimumKeyBytes} bytes (environment Auth__SigningKey).");

        services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.Section));
        services.AddSingleton<TokenIssuer>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
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
            .AddPolicy(Policies.Admin, p => p.RequireRole(TrafficRoles.Admin))
            .AddPolicy(Policies.CatalogueRead, p => p.RequireRole(TrafficRoles.All.ToArray()))
            .AddPolicy(Policies.Queue, p => p.RequireRole(TrafficRoles.Clerk, TrafficRoles.Kiosk))
            .AddPolicy(Policies.Counter, p => p.RequireRole(TrafficRoles.Clerk))
            .AddPolicy(Policies.Boards, p => p.RequireRole(TrafficRoles.Clerk, TrafficRoles.Supervisor,
                TrafficRoles.Analyst, TrafficRoles.Admin));

        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }
}
