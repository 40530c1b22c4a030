namespace TrafficCqrs.Api.Hosting;

/// <summary>
/// The empty id (all zeros) names nothing: a route carrying it is answered 404 before any
/// endpoint runs, because the event store refuses it as a stream id with an error of its own.
/// </summary>
public static class EmptyIds
{
    public static IApplicationBuilder UseEmptyIdRefusal(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            foreach (var (name, value) in http.Request.RouteValues)
                if (value is string text && Guid.TryParse(text, out var id) && id == Guid.Empty)
                    throw new Application.Common.NotFoundException($"The empty id names no record ({name}).");
            await next(http);
        });
}
