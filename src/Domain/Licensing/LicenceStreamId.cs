using System.Security.Cryptography;
using System.Text;

namespace TrafficCqrs.Domain.Licensing;

/// <summary>
/// One licence stream per holder, found from the ID number alone (the licence number is the ID
/// number): a name-based UUID (version 5 style, SHA-1) of "licence:" + the number.
/// </summary>
public static class LicenceStreamId
{
    private static readonly Guid Namespace = new("7b0c4f3e-4c1a-4c36-9d0e-2f5a8f2d6b11");

    public static Guid For(string holderIdNumber) => NameBased("licence:" + holderIdNumber.Trim().ToUpperInvariant());

    internal static Guid NameBased(string name)
    {
        var ns = Namespace.ToByteArray(bigEndian: true);
        var bytes = Encoding.UTF8.GetBytes(name);
        var hash = SHA1.HashData([.. ns, .. bytes]);
        var guid = hash[..16];
        guid[6] = (byte)((guid[6] & 0x0F) | 0x50);
        guid[8] = (byte)((guid[8] & 0x3F) | 0x80);
        return new Guid(guid, bigEndian: true);
    }
}
