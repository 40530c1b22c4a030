using System.Security.Cryptography;
using System.Text;

// Namespace "Identities", not "Identity": a namespace named Identity would hide InternalChecks.Identity
// in the catalogue files that import it statically.
namespace TrafficCqrs.Domain.Identities;

/// <summary>
/// One stream per natural key (an outlet code, an ID number) without string-keyed streams: a name-based
/// UUID (RFC 9562 version 5, SHA-1) of "kind:key", so the same key always finds the same stream.
/// </summary>
public static class DeterministicGuid
{
    // A fixed namespace for TrafficCqrs keys; never change it, or every derived stream id moves.
    private static readonly Guid Namespace = new("6f2a9c4e-3b1d-5e8f-9a7c-2d4b6e8f0a1c");

    public static Guid For(string kind, string key)
    {
        Span<byte> name = stackalloc byte[16];
        Namespace.TryWriteBytes(name, bigEndian: true, out _);
        var bytes = name.ToArray().Concat(Encoding.UTF8.GetBytes(kind + ":" + key)).ToArray();
        var hash = SHA1.HashData(bytes);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
