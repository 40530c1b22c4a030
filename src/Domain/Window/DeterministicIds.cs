using System.Security.Cryptography;
using System.Text;

namespace TrafficCqrs.Domain.WindowService;

/// <summary>
/// One stream id per natural key (an office's queue, a catalogue entry): a name-based UUID
/// (version 5 layout over SHA-1), so every node derives the same id without asking the store.
/// </summary>
public static class DeterministicIds
{
    private static readonly Guid Namespace = new("6f1d2c4e-8b0a-4f3e-9c57-2a7d1e0b5f61");

    public static Guid For(string kind, string key)
    {
        var name = Encoding.UTF8.GetBytes(kind + ":" + key);
        var input = new byte[16 + name.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);
        var hash = SHA1.HashData(input);
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
