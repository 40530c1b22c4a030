using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TrafficCqrs.Benchmarks;

/// <summary>
/// Signs HS256 tokens with the key the API was started with, as the identity provider that shares
/// the key does in production (where /api/dev/token does not answer).
/// </summary>
public sealed class Tokens(string signingKey, string issuer = "trafficcqrs", string audience = "trafficcqrs")
{
    /// <summary>A fresh random key for one run, long enough for the API's key policy.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public string Issue(string user, string role, string office, string counter = "W01")
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["sub"] = user,
            ["office"] = office,
            ["role"] = role,
            ["counter"] = counter,
            ["iss"] = issuer,
            ["aud"] = audience,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 8 * 3600,
        }));
        var signature = Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Encode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
