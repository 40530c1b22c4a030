namespace TrafficCqrs.Application.Common;

/// <summary>A field of the request is malformed or unknown (answered 400, naming the field).</summary>
public sealed class InvalidFieldException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>The thing asked for does not exist (404).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The caller's expected version is not the current one (409).</summary>
public sealed class StaleVersionException(long expected, long actual)
    : Exception($"Expected version {expected}, but the current version is {actual}. Reload and try again.")
{
    public long Expected { get; } = expected;
    public long Actual { get; } = actual;
}

/// <summary>The caller may not do this to this object (403, with the reason).</summary>
public sealed class AccessDeniedException(string reason) : Exception(reason);
