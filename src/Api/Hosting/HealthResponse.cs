using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TrafficCqrs.Api.Hosting;

/// <summary>Health as JSON: overall status and each check with its description and data.</summary>
public static class HealthResponse
{
    public static Task Write(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
                error = e.Value.Exception?.Message,
            }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
