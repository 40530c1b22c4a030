using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TrafficCqrs.Api.Security;

/// <summary>What a token says about its bearer.</summary>
public sealed record TokenRequest(
    string User,
    IReadOnlyList<string> Roles,
    string Office,
    string? Counter = null,
    string? Outlet = null,
    string? Channel = null,
    string? Insurer = null,
    string? Court = null,
    string? Province = null);

/// <summary>Signs tokens with the configured key: for local development and tests only.</summary>
public sealed class TokenIssuer(IOptions<JwtOptions> options)
{
    public string Issue(TokenRequest request, TimeSpan? lifetime = null) =>
        Issue(options.Value, request, lifetime ?? options.Value.DevelopmentTokenLifetime);

    public static string Issue(JwtOptions options, TokenRequest request, TimeSpan lifetime)
    {
        var claims = new List<Claim>
        {
            new(TrafficClaims.Subject, request.User),
            new(TrafficClaims.Office, request.Office),
        };
        claims.AddRange(request.Roles.Select(r => new Claim(TrafficClaims.Role, r)));
        if (!string.IsNullOrWhiteSpace(request.Counter)) claims.Add(new(TrafficClaims.Counter, request.Counter));
        if (!string.IsNullOrWhiteSpace(request.Outlet)) claims.Add(new(TrafficClaims.Outlet, request.Outlet));
        if (!string.IsNullOrWhiteSpace(request.Channel)) claims.Add(new(TrafficClaims.Channel, request.Channel));
        if (!string.IsNullOrWhiteSpace(request.Insurer)) claims.Add(new(TrafficClaims.Insurer, request.Insurer));
        if (!string.IsNullOrWhiteSpace(request.Court)) claims.Add(new(TrafficClaims.Court, request.Court));
        if (!string.IsNullOrWhiteSpace(request.Province)) claims.Add(new(TrafficClaims.Province, request.Province));

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.Add(lifetime),
            SigningCredentials = new SigningCredentials(SigningKey(options), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static SymmetricSecurityKey SigningKey(JwtOptions options) => new(Encoding.UTF8.GetBytes(options.SigningKey));
}
