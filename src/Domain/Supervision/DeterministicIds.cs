using System.Security.Cryptography;
using System.Text;

namespace TrafficCqrs.Domain.Supervision;

/// <summary>
/// One stream id per natural key (an outlet's code, the checkpoint log): a name-based UUID
/// (version 5 layout, SHA-1 over a fixed namespace and the key), the same on every machine.
/// </summary>
public static class DeterministicIds
{
    private static readonly Guid Namespace = new("6f1c1c0e-5b1a-4d44-9a51-7c3a2f7d9e10");

    public static Guid For(string key)
    {
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(key)];
        Namespace.TryWriteBytes(bytes, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(key, 0, key.Length, bytes, 16);
        var hash = SHA1.HashData(bytes);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
