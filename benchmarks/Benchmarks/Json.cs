using System.Net.Http.Headers;
using System.Text.Json;

namespace TrafficCqrs.Benchmarks;

/// <summary>Request bodies as a browser or a console sends them: serialised first, with their length.</summary>
public static class Json
{
    /// <summary>
    /// A JSON body with a Content-Length header. <c>PostAsJsonAsync</c> streams the body in chunks
    /// instead, which no browser does and which costs the server more to read.
    /// </summary>
    public static HttpContent Body<T>(T value)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, JsonSerializerOptions.Web));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
