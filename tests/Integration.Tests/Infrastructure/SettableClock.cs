namespace TrafficCqrs.Integration.Tests.Infrastructure;

/// <summary>
/// The host's clock: the real time unless a test stands it at another instant. Tests in the API
/// collection run one after another; a test that sets it resets it when done (use <see cref="At"/>).
/// </summary>
public sealed class SettableClock : TimeProvider
{
    private DateTimeOffset? _now;

    public override DateTimeOffset GetUtcNow() => _now ?? System.GetUtcNow();

    public void Set(DateTimeOffset now) => _now = now.ToUniversalTime();

    public void Reset() => _now = null;

    /// <summary>Stands the clock at an instant until the returned handle is disposed.</summary>
    public IDisposable At(DateTimeOffset now)
    {
        Set(now);
        return new Resetter(this);
    }

    private sealed class Resetter(SettableClock clock) : IDisposable
    {
        public void Dispose() => clock.Reset();
    }
}
