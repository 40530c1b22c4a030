using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace TrafficCqrs.Api.Resilience;

/// <summary>
/// While PostgreSQL is away (restarting, failing over, unreachable) the service answers 503 with
/// Retry-After rather than 500: the request did nothing and may be sent again. Connections recover
/// by themselves once the database is back.
/// </summary>
public sealed class DatabaseUnavailableExceptionHandler(ILogger<DatabaseUnavailableExceptionHandler> logger)
    : IExceptionHandler
{
    public const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellation)
    {
        if (!IsDatabaseUnavailable(exception)) return false;

        logger.LogWarning("Database unavailable on {Method} {Path}: {Reason}", context.Request.Method,
            context.Request.Path, Innermost(exception).Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        await Results.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The database is unavailable.",
            Detail = $"Nothing was changed. Try again in {RetryAfterSeconds} seconds.",
            Instance = context.Request.Path,
        }).ExecuteAsync(context);
        return true;
    }

    public static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 08xxx connection errors.
                case PostgresException pg when pg.SqlState.StartsWith("57P") || pg.SqlState.StartsWith("08"):
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                    return true;
                case NpgsqlException npgsql when npgsql.InnerException is IOException or SocketException or TimeoutException:
                    return true;
            }
        }
        return false;
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
