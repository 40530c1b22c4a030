using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Marten;
using Marten.Services;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Application.Common;

namespace TrafficCqrs.Api.Security;

/// <summary>
/// A creating request's Idempotency-Key as stored. It is inserted in the same transaction as the
/// events the request appends (so a retried commit cannot write them twice), then completed with
/// the answer once the answer is known (so a repeat gets the same answer).
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>A hash of the caller and the key: keys of different callers never meet.</summary>
    public string Id { get; set; } = "";
    public string User { get; set; } = "";
    public string Key { get; set; } = "";
    /// <summary>A hash of method, path, query and body: the same key with another request is refused.</summary>
    public string RequestHash { get; set; } = "";
    public string Method { get; set; } = "";
    public string Path { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    public int? Status { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public string? Body { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    public bool IsComplete => Status is not null;
}

/// <summary>The same Idempotency-Key was sent with a different request (422).</summary>
public sealed class IdempotencyKeyReusedException()
    : Exception("This Idempotency-Key was already used for a different request. Use a new key for a new request.");

/// <summary>A request with this key is being processed, or its answer was not kept (409).</summary>
public sealed class IdempotencyKeyInFlightException()
    : Exception("A request with this Idempotency-Key is being processed. Retry shortly to get its answer.");

/// <summary>
/// The key of the request being handled, for the session listener: ambient because the command
/// handler runs in its own session, inside the request's asynchronous flow.
/// </summary>
internal sealed class IdempotencyScope(IdempotencyRecord pending)
{
    private static readonly AsyncLocal<IdempotencyScope?> Ambient = new();

    public static IdempotencyScope? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    public IdempotencyRecord Pending { get; } = pending;
    public IDocumentSession? SavingSession { get; set; }
    public bool Committed { get; set; }
}

/// <summary>
/// Adds the pending key to the first session that saves changes during an idempotent request,
/// so the key and the events commit or fail together. A concurrent request with the same key
/// then fails on the key's primary key and writes nothing.
/// </summary>
internal sealed class IdempotencyKeyListener : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (IdempotencyScope.Current is { Committed: false, SavingSession: null } scope)
        {
            scope.SavingSession = session;
            session.Insert(scope.Pending);
        }
        return Task.CompletedTask;
    }

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (IdempotencyScope.Current is { } scope && ReferenceEquals(scope.SavingSession, session))
            scope.Committed = true;
        return Task.CompletedTask;
    }
}

/// <summary>
/// Honours an <c>Idempotency-Key</c> header on every authenticated POST: a repeat with the same
/// key and the same request gets the first answer (status, body, Location, ETag) without running
/// again; the same key with another request is refused. Only successful answers are kept, so a
/// refused request may be retried with the same key once fixed.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IDocumentStore store, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 100;

    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method)
            || !http.Request.Headers.TryGetValue(Header, out var values)
            || http.User.Identity?.IsAuthenticated != true
            || http.GetEndpoint() is null)
        {
            await next(http);
            return;
        }

        var key = values.ToString();
        if (!IsUsable(key))
            throw new InvalidFieldException(Header,
                $"{Header} must be 1 to {MaxKeyLength} visible ASCII characters, e.g. a UUID.");

        var user = http.User.FindFirstValue(TrafficClaims.Subject) ?? "";
        var id = RecordId(user, key);
        var requestHash = await RequestHash(http);

        var existing = await Load(http, id, http.RequestAborted);
        if (existing is not null)
        {
            await Answer(http, existing, requestHash);
            return;
        }

        var pending = new IdempotencyRecord
        {
            Id = id, User = user, Key = key, RequestHash = requestHash, Method = http.Request.Method,
            Path = http.Request.Path + http.Request.QueryString, CreatedAt = clock.GetUtcNow(),
        };
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        // A keyed request runs to its end even when the caller gives up waiting: its answer is
        // then stored, and the caller's retry with the same key gets it instead of a lasting 409.
        var callerGone = http.RequestAborted;
        http.RequestAborted = CancellationToken.None;
        IdempotencyScope.Current = new IdempotencyScope(pending);
        try
        {
            await next(http);
        }
        catch (Exception e) when (IsKeyCollision(e))
        {
            // Another request with this key committed first: answer as it was answered.
            http.Response.Body = original;
            http.Response.Clear();
            var winner = await Load(http, id, http.RequestAborted) ?? throw new IdempotencyKeyInFlightException();
            await Answer(http, winner, requestHash);
            return;
        }
        finally
        {
            IdempotencyScope.Current = null;
            http.Response.Body = original;
        }

        if (http.Response.StatusCode is >= 200 and < 300)
            await Complete(pending, http, buffer);

        buffer.Position = 0;
        if (!callerGone.IsCancellationRequested)
            await buffer.CopyToAsync(original, callerGone);
    }

    private async Task Complete(IdempotencyRecord record, HttpContext http, MemoryStream buffer)
    {
        var response = http.Response;
        record.Status = response.StatusCode;
        record.ContentType = response.ContentType;
        record.Location = NullIfEmpty(response.Headers.Location.ToString());
        record.ETag = NullIfEmpty(response.Headers.ETag.ToString());
        record.Body = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        record.CompletedAt = clock.GetUtcNow();
        // Usually updates the row written with the events; inserts it when the request wrote nothing.
        await using var session = store.LightweightSessionFor(http);
        session.Store(record);
        await session.SaveChangesAsync(http.RequestAborted);
    }

    private static async Task Answer(HttpContext http, IdempotencyRecord record, string requestHash)
    {
        if (!string.Equals(record.RequestHash, requestHash, StringComparison.Ordinal))
            throw new IdempotencyKeyReusedException();
        if (!record.IsComplete)
            throw new IdempotencyKeyInFlightException();

        var response = http.Response;
        response.StatusCode = record.Status!.Value;
        if (record.ContentType is not null) response.ContentType = record.ContentType;
        if (record.Location is not null) response.Headers.Location = record.Location;
        if (record.ETag is not null) response.Headers.ETag = record.ETag;
        response.Headers[ReplayedHeader] = "true";
        if (record.Body is { Length: > 0 } body)
            await response.WriteAsync(body, http.RequestAborted);
    }

    private async Task<IdempotencyRecord?> Load(HttpContext http, string id, CancellationToken cancellation)
    {
        // Kept in the caller's province database, beside the events the request wrote.
        await using var session = store.QuerySessionFor(http);
        return await session.LoadAsync<IdempotencyRecord>(id, cancellation);
    }

    private static async Task<string> RequestHash(HttpContext http)
    {
        http.Request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(
            $"{http.Request.Method}\n{http.Request.Path}{http.Request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            hash.AppendData(chunk, 0, read);
        http.Request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public static string RecordId(string user, string key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user + "\n" + key)));

    private static bool IsUsable(string key) =>
        key.Length is > 0 and <= MaxKeyLength && key.All(c => c is > ' ' and <= '~');

    private static bool IsKeyCollision(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
            if (current is JasperFx.DocumentAlreadyExistsException { DocumentType: var type } && type == typeof(IdempotencyRecord))
                return true;
        return false;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

public static class IdempotencySetup
{
    public static IServiceCollection AddTrafficIdempotency(this IServiceCollection services) =>
        services.ConfigureMarten(opts =>
        {
            opts.Schema.For<IdempotencyRecord>();
            opts.Listeners.Add(new IdempotencyKeyListener());
        });

    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) =>
        app.UseMiddleware<IdempotencyMiddleware>();
}
