using TrafficCqrs.Application.Common;

namespace TrafficCqrs.Api.Hosting;

/// <summary>The expected version of a write, from If-Match ("3" or W/"3") or the request body.</summary>
public static class Versions
{
    public static long? Expected(HttpContext http, long? fromBody)
    {
        if (fromBody is < 0)
            throw new InvalidFieldException("expectedVersion", "expectedVersion is a version from an ETag: 0 or more.");
        var header = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header == "*") return fromBody;

        var raw = header.Trim();
        if (raw.StartsWith("W/", StringComparison.Ordinal)) raw = raw[2..];
        raw = raw.Trim('"');
        if (!long.TryParse(raw, out var version) || version < 0)
            throw new InvalidFieldException("If-Match", "If-Match must carry the version from the ETag, e.g. \"3\".");
        if (fromBody is { } body && body != version)
            throw new InvalidFieldException("expectedVersion", "expectedVersion and If-Match disagree.");
        return version;
    }

    public static string ETag(long version) => $"\"{version}\"";
}
