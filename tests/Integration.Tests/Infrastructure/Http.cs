using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Integration.Tests.Infrastructure;

public static class Http
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<JsonNode> Body(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("empty body");
    }

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, object body,
        string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> Post(this HttpClient client, string url, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    /// <summary>A valid resident ID number, different on every call.</summary>
    public static string NewIdNumber()
    {
        var sequence = Random.Shared.Next(0, 1000).ToString("000");
        var birth = new DateOnly(1960, 1, 1).AddDays(Random.Shared.Next(0, 15000)).ToString("yyyyMMdd");
        var first17 = "610102" + birth + sequence;
        return first17 + ResidentIdNumber.CheckCharacterFor(first17);
    }
}
