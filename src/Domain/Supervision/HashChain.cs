using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TrafficCqrs.Domain.Supervision;

/// <summary>
/// One stored event exactly as the hash chain sees it: the columns of the event log in their
/// stored text form, so that the hash does not depend on how today's code would serialise the event.
/// </summary>
/// <param name="Data">The event body as PostgreSQL renders the stored jsonb (<c>data::text</c>).</param>
/// <param name="Headers">The headers as PostgreSQL renders the stored jsonb, or null.</param>
/// <param name="Timestamp">The stored timestamp in UTC with microseconds, e.g. 2026-11-26T01:30:00.123456Z.</param>
public sealed record ChainedEvent(
    long Sequence,
    Guid StreamId,
    long Version,
    string EventType,
    string Data,
    string? CorrelationId,
    string? CausationId,
    string? UserName,
    string? Headers,
    string Timestamp);

/// <summary>
/// The tamper-evidence chain (防篡改): each link is the SHA-256 of the previous link and one event,
/// in global sequence order. Changing, inserting or removing a stored event changes every link from
/// it on, so a link exported earlier (a checkpoint) no longer matches.
/// </summary>
/// <remarks>
/// Canonical form, version 1 (docs/supervision.md): the UTF-8 bytes of the tag <c>TCHAIN1</c>
/// followed by these fields in order — previous link, sequence, stream id, version, event type,
/// data, correlation id, causation id, user name, headers, timestamp — each written as
/// <c>&lt;UTF-8 byte length&gt;:&lt;value&gt;,</c> (a netstring), a missing value as <c>~,</c>.
/// Numbers are decimal, the stream id is lower-case 8-4-4-4-12 hex. The link is lower-case hex.
/// </remarks>
public static class HashChain
{
    public const string Tag = "TCHAIN1";

    /// <summary>The "previous link" of the very first event.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Link(string previous, ChainedEvent e) =>
        Convert.ToHexStringLower(SHA256.HashData(CanonicalBytes(previous, e)));

    public static byte[] CanonicalBytes(string previous, ChainedEvent e)
    {
        var builder = new StringBuilder(Tag, 256 + e.Data.Length + (e.Headers?.Length ?? 0));
        Field(builder, previous);
        Field(builder, e.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(builder, e.StreamId.ToString("D"));
        Field(builder, e.Version.ToString(CultureInfo.InvariantCulture));
        Field(builder, e.EventType);
        Field(builder, e.Data);
        Field(builder, e.CorrelationId);
        Field(builder, e.CausationId);
        Field(builder, e.UserName);
        Field(builder, e.Headers);
        Field(builder, e.Timestamp);
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static void Field(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("~,");
            return;
        }
        builder.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture))
            .Append(':').Append(value).Append(',');
    }

    /// <summary>The stored timestamp in the canonical form: UTC, microseconds, trailing Z.</summary>
    public static string CanonicalTimestamp(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
