namespace TrafficCqrs.Application.Common;

/// <summary>
/// The check of a caller's expected version (If-Match or <c>expectedVersion</c>) on a stream fetched
/// for writing. Marten reads a stream's version and its events (or snapshot) with two statements, so
/// a write committed between them leaves the record newer than the version read; the record's own
/// version counts then, and the caller hears 409 rather than a rule refusal about a state it never saw.
/// </summary>
public static class ExpectedVersions
{
    /// <summary>The version of what was read: the stream's, or the record's own when that is newer.</summary>
    public static long Current(long? streamVersion, long recordVersion) => Math.Max(streamVersion ?? 0, recordVersion);

    /// <summary>Throws <see cref="StaleVersionException"/> (409) when an expected version is given and is not the current one.</summary>
    public static void Check(long? expected, long? streamVersion, long recordVersion)
    {
        var current = Current(streamVersion, recordVersion);
        if (expected is { } version && version != current)
            throw new StaleVersionException(version, current);
    }
}
