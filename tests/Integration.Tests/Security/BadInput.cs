using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrafficCqrs.Api.Hosting;

namespace TrafficCqrs.Integration.Tests.Security;

/// <summary>One malformed request: what is wrong with it, and how it differs from a valid one.</summary>
public sealed record Malformation(string Name, string? Body, string ContentType = "application/json",
    Func<string, string>? Url = null, string? IfMatch = null);

/// <summary>
/// Derives malformed requests from a valid one and from the request record's fields: the suite
/// covers a new endpoint's body without anyone listing its fields.
/// </summary>
public static class BadInput
{
    public static readonly string[] OddText =
    [
        "nul\u0000byte", "right\u202Eto-left", "lone " + LoneSurrogate + " surrogate", "replacement \uFFFD character", "escape \u001B[2J", "bom\uFEFF", "bell\u0007",
    ];

    // A writer would repair a lone surrogate; the raw JSON escape is put in after serialising.
    private const string LoneSurrogate = "LONE_SURROGATE_D800";

    public static IEnumerable<Malformation> ForBody(JsonObject valid, Type requestType)
    {
        var text = valid.ToJsonString();
        yield return new("not JSON", text[..(text.Length / 2)]);
        yield return new("a JSON array", "[]");
        yield return new("JSON null", "null");
        yield return new("an empty body", "");
        yield return new("a plain-text body", text, "text/plain");
        yield return new("an unknown field", With(valid, "unexpected", true));
        yield return new("the acting office in the body", With(valid, "office", "999999"));
        yield return new("the acting user in the body", With(valid, "user", "someone.else"));
        if (valid.Count > 0)
        {
            var (first, value) = valid.First();
            yield return new($"{first} given twice", $"{{\"{first}\":{value?.ToJsonString() ?? "null"},{text[1..]}");
        }

        foreach (var property in requestType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var attributes = Attributes(requestType, property);
            var required = attributes.OfType<RequiredAttribute>().Any();
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;

            if (required)
            {
                yield return new($"{name} missing", Without(valid, name));
                yield return new($"{name} null", With(valid, name, null));
            }

            foreach (var (what, wrong) in WrongValues(type, attributes))
                yield return new($"{name} {what}", With(valid, name, wrong));
        }
    }

    private static IEnumerable<(string What, JsonNode? Value)> WrongValues(Type type, IReadOnlyList<ValidationAttribute> attributes)
    {
        if (type == typeof(string))
        {
            var max = attributes.OfType<MaxLengthAttribute>().Select(a => a.Length).DefaultIfEmpty(RequestBodyRules.DefaultMaxLength).First();
            yield return ("as a number", 12345);
            yield return ("as an object", new JsonObject());
            yield return ($"one character over its {max}", new string('a', max + 1));
            yield return ("huge", new string('x', 100_000));
            foreach (var odd in OddText) yield return ($"with odd text {Escape(odd)}", odd);
            if (attributes.OfType<RequiredAttribute>().Any()) yield return ("blank", "   ");
        }
        else if (type == typeof(decimal) || type == typeof(int) || type == typeof(long) || type == typeof(double))
        {
            yield return ("as words", "ten");
            yield return ("as a boolean", true);
            yield return ("negative", -10);
            yield return ("beyond any number", JsonNode.Parse("1e400"));
        }
        else if (type == typeof(Guid))
        {
            yield return ("not an id", "not-a-guid");
            yield return ("as a number", 42);
            yield return ("the empty id", Guid.Empty.ToString());
            yield return ("with injection", "00000000-0000-0000-0000-000000000000'; --");
        }
        else if (type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(DateOnly))
        {
            yield return ("30 February", "2026-02-30");
            yield return ("as words", "yesterday");
            yield return ("as a number", 20260101);
        }
        else if (type == typeof(bool))
        {
            yield return ("as words", "maybe");
        }
        else if (type.IsEnum)
        {
            yield return ("an unknown value", "NoSuchValue");
            yield return ("as a number", 1);
        }
        else if (typeof(IDictionary).IsAssignableFrom(type))
        {
            var max = attributes.OfType<MaxLengthAttribute>().Select(a => a.Length).DefaultIfEmpty(RequestBodyRules.DefaultMaxItems).First();
            yield return ("as a list", new JsonArray(1, 2));
            yield return ("with a number value", new JsonObject { ["k"] = 1 });
            yield return ("with an odd key", new JsonObject { ["k\u0000"] = "v" });
            yield return ("with an odd value", new JsonObject { ["k"] = "v\u202E" });
            yield return ("with an overlong value", new JsonObject { ["k"] = new string('v', RequestBodyRules.DefaultMaxLength + 1) });
            var many = new JsonObject();
            for (var i = 0; i <= max; i++) many["k" + i] = "v";
            yield return ($"with more than {max} entries", many);
        }
        else if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            yield return ("as an object", new JsonObject());
            yield return ("with odd text", new JsonArray("ok", "bad\u0000"));
        }
    }

    private static IReadOnlyList<ValidationAttribute> Attributes(Type requestType, PropertyInfo property) =>
        property.GetCustomAttributes<ValidationAttribute>()
            .Concat(requestType.GetConstructors().SelectMany(c => c.GetParameters())
                .Where(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase))
                .SelectMany(p => p.GetCustomAttributes<ValidationAttribute>()))
            .ToList();

    /// <summary>A plausible valid body for a request record nobody described: for endpoints the suite has no recipe for.</summary>
    public static JsonObject SampleBody(Type requestType)
    {
        var body = new JsonObject();
        foreach (var property in requestType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            body[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = type switch
            {
                _ when type == typeof(string) => "sample",
                _ when type == typeof(Guid) => Guid.NewGuid().ToString(),
                _ when type == typeof(bool) => true,
                _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => DateTimeOffset.UtcNow.ToString("O"),
                _ when type == typeof(DateOnly) => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
                _ when type.IsEnum => Enum.GetNames(type).First(),
                _ when type.IsPrimitive || type == typeof(decimal) => 1,
                _ when typeof(IDictionary).IsAssignableFrom(type) => new JsonObject(),
                _ when typeof(IEnumerable).IsAssignableFrom(type) => new JsonArray("sample"),
                _ => new JsonObject(),
            };
        }
        return body;
    }

    private static string With(JsonObject valid, string name, JsonNode? value)
    {
        var copy = valid.DeepClone().AsObject();
        copy[name] = value;
        return copy.ToJsonString().Replace(LoneSurrogate, "\\uD800", StringComparison.Ordinal);
    }

    private static string Without(JsonObject valid, string name)
    {
        var copy = valid.DeepClone().AsObject();
        copy.Remove(name);
        return copy.ToJsonString();
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
