using System.Security.Cryptography;
using System.Text;

namespace TrafficCqrs.Domain.Violations;

/// <summary>
/// One stream per natural key (a licence holder's points) without string-keyed streams: a
/// name-based, UUID v5-style Guid (SHA-1 over a fixed namespace and the key), the same on every call.
/// </summary>
public static class StreamIds
{
    private static readonly Guid Namespace = new("0f5c1a4e-7f0b-4c0e-9a53-6b1f0d9e2c71");

    public static Guid For(string key)
    {
        var ns = Namespace.ToByteArray(bigEndian: true);
        var name = Encoding.UTF8.GetBytes(key);
        var hash = SHA1.HashData([.. ns, .. name]);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
