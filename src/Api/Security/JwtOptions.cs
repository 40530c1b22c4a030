namespace TrafficCqrs.Api.Security;

/// <summary>Token settings, from the "Auth" configuration section.</summary>
public sealed class JwtOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// The key in appsettings.Development.json. It is in the repository, so it is public: the
    /// service refuses to start with it anywhere but Development.
    /// </summary>
    public const string DevelopmentSigningKey = "development-only-signing-key-not-for-production-use-0001";

    public string Issuer { get; set; } = "trafficcqrs";
    public string Audience { get; set; } = "trafficcqrs";

    /// <summary>HMAC-SHA256 key, at least 32 bytes. Supplied by configuration; never committed for production.</summary>
    public string SigningKey { get; set; } = "";

    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
