using Marten.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Api.Errors;

/// <summary>
/// Maps what went wrong to RFC 9457 problem details: the caller's mistakes get 4xx answers that say
/// what to fix; only our own faults are 500.
/// </summary>
public sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public const string RuleCodeExtension = "code";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellation)
    {
        var problem = ToProblem(Unwrap(exception));
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            // Our own fault: say so, and give the correlation id to quote, but never the exception,
            // its stack trace or any SQL, in any environment.
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Detail = "The error was logged. Quote the correlation id when you report it.",
                Extensions = { ["correlationId"] = RequestContext.CorrelationId(context) },
            };
        }

        problem.Instance = context.Request.Path;
        if (problem.Status == StatusCodes.Status409Conflict && Unwrap(exception) is IdempotencyKeyInFlightException)
            context.Response.Headers.RetryAfter = "1";
        context.Response.StatusCode = problem.Status!.Value;
        await Results.Problem(problem).ExecuteAsync(context);
        return true;
    }

    public static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        InvalidFieldException e => new ValidationProblemDetails(
            new Dictionary<string, string[]> { [e.Field] = [e.Message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid.",
            Detail = $"{e.Field}: {e.Message}",
        },
        BadHttpRequestException e => new ProblemDetails
        {
            // 413 for a body over the size limit, 400 for the rest.
            Status = e.StatusCode is >= 400 and < 500 ? e.StatusCode : StatusCodes.Status400BadRequest,
            Title = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request is not valid.",
            Detail = e.Message,
        },
        IdempotencyKeyReusedException e => new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The Idempotency-Key was used for another request.",
            Detail = e.Message,
            Extensions = { [RuleCodeExtension] = "idempotency.key_reused" },
        },
        IdempotencyKeyInFlightException e => Conflict(e.Message),
        NotFoundException e => new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = e.Message,
        },
        StaleVersionException e => Conflict(e.Message),
        JasperFx.ConcurrencyException => Conflict("Someone else changed this record first. Reload and try again."),
        ExistingStreamIdCollisionException => Conflict("A record with this id already exists."),
        AccessDeniedException e => new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = e.Message,
        },
        // Province tenancy: the middleware refuses these first; this is the net behind it.
        JasperFx.MultiTenancy.UnknownTenantIdException e => new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = $"Province '{e.TenantId}' is not served here.",
            Extensions = { [RuleCodeExtension] = ProvinceTenancy.ProvinceUnknownCode },
        },
        DefaultTenantUsageDisabledException => new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden, Title = "Forbidden",
            Detail = "This service keeps a database per province: the token must name the caller's province (claim 'province').",
            Extensions = { [RuleCodeExtension] = ProvinceTenancy.ProvinceRequiredCode },
        },
        DomainRuleException e => new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The rules do not allow this.",
            Detail = e.Message,
            Extensions = { [RuleCodeExtension] = e.Code },
        },
        _ => null,
    };

    private static ProblemDetails Conflict(string detail) => new()
    {
        Status = StatusCodes.Status409Conflict, Title = "Conflict.", Detail = detail,
    };

    // Persistence layers wrap the exceptions we care about.
    private static Exception Unwrap(Exception exception)
    {
        var current = exception;
        while (ToProblem(current) is null && current.InnerException is not null)
            current = current.InnerException;
        return ToProblem(current) is null ? exception : current;
    }
}
