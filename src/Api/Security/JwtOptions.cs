namespace TrafficCqrs.Api.Security;

/// <summary>Token settings, from the "Auth" configuration section.</summary>
public sealed class JwtOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "trafficcqrs";
    public string Audience { get; set; } = "trafficcqrs";

    /// <summary>HMAC-SHA256 key, at least 32 bytes. Supplied by configuration; never committed for production.</summary>
    public string SigningKey { get; set; } = "";

    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
