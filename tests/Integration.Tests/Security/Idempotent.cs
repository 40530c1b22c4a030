using System.Net.Http.Json;
using TrafficCqrs.Api.Security;

namespace TrafficCqrs.Integration.Tests.Security;

public static class Idempotent
{
    public static Task<HttpResponseMessage> PostWithKey(this HttpClient client, string url, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation(IdempotencyMiddleware.Header, key);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostWithKey(this HttpClient client, string url, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Headers.TryAddWithoutValidation(IdempotencyMiddleware.Header, key);
        return client.SendAsync(request);
    }

    public static string NewKey() => Guid.NewGuid().ToString();
}
