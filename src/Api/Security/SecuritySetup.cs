using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using TrafficCqrs.Domain.Common;

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
            .AddPolicy(Policies.CaseWork, p => p.RequireRole(TrafficRoles.Clerk, TrafficRoles.Agent))
            .AddPolicy(Policies.CaseRead, p => p.RequireRole(TrafficRoles.Clerk, TrafficRoles.Agent,
                TrafficRoles.Auditor, TrafficRoles.Supervisor, TrafficRoles.Analyst))
            .AddPolicy(Policies.Audit, p => p.RequireRole(TrafficRoles.Auditor, TrafficRoles.Supervisor))
            // Police work is done by office staff, never through a citizen channel account.
            .AddPolicy(Policies.Enforcement, p => p.RequireRole(TrafficRoles.Clerk).RequireAssertion(c =>
                c.User.FindFirst(TrafficClaims.Channel)?.Value is not (Channels.Online or Channels.Kiosk)))
            .AddPolicy(Policies.InsurerWork, p => p.RequireRole(TrafficRoles.Insurer))
            .AddPolicy(Policies.AccidentRead, p => p.RequireRole(TrafficRoles.Clerk, TrafficRoles.Agent,
                TrafficRoles.Auditor, TrafficRoles.Supervisor, TrafficRoles.Analyst, TrafficRoles.Insurer, TrafficRoles.Court))
            .AddPolicy(Policies.Analytics, p => p.RequireRole(TrafficRoles.Analyst, TrafficRoles.Supervisor,
                TrafficRoles.Auditor, TrafficRoles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(TrafficRoles.Admin));

        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }
}
