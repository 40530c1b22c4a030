using System.Collections.Concurrent;
using System.Security.Claims;

namespace TrafficCqrs.Api.Security;

/// <summary>
/// The callers that bearer tokens were already validated as, each kept until its token expires. A
/// clerk's console sends the same token with every request; parsing it and checking its signature
/// once instead of every time took about a twelfth of the service's CPU per command.
/// </summary>
/// <remarks>
/// Keyed by the whole token, signature included, so a token that differs in any character is
/// validated afresh, and nothing is remembered past the token's own expiry (the validation's clock
/// skew is not granted here). Each request gets its own copy of the principal.
/// </remarks>
public sealed class ValidatedTokens(TimeProvider clock)
{
    /// <summary>How many tokens are kept at most; beyond it the expired ones go, then all.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _count;

    private sealed record Entry(ClaimsPrincipal Principal, DateTimeOffset ValidTo);

    /// <summary>The caller this token was validated as, if it was and has not expired since.</summary>
    public ClaimsPrincipal? Find(string token)
    {
        if (!_entries.TryGetValue(token, out var entry)) return null;
        if (clock.GetUtcNow() < entry.ValidTo) return Copy(entry.Principal);
        Forget(token, entry);
        return null;
    }

    /// <summary>Keeps a token that has just been validated, until <paramref name="validTo"/>.</summary>
    public void Remember(string token, ClaimsPrincipal principal, DateTimeOffset validTo)
    {
        var now = clock.GetUtcNow();
        if (validTo <= now) return;
        if (Volatile.Read(ref _count) >= Capacity) MakeRoom(now);
        if (_entries.TryAdd(token, new Entry(Copy(principal), validTo)))
            Interlocked.Increment(ref _count);
    }

    /// <summary>A copy down to the identities (<see cref="ClaimsPrincipal.Clone"/> shares them).</summary>
    private static ClaimsPrincipal Copy(ClaimsPrincipal principal) =>
        new(principal.Identities.Select(identity => identity.Clone()));

    private void Forget(string token, Entry entry)
    {
        if (_entries.TryRemove(new KeyValuePair<string, Entry>(token, entry)))
            Interlocked.Decrement(ref _count);
    }

    private void MakeRoom(DateTimeOffset now)
    {
        foreach (var (token, entry) in _entries)
            if (entry.ValidTo <= now) Forget(token, entry);
        if (Volatile.Read(ref _count) < Capacity) return;
        _entries.Clear();
        Volatile.Write(ref _count, _entries.Count);
    }
}
