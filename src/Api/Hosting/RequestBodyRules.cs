using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using TrafficCqrs.Application.Common;
using Wolverine.Http;

namespace TrafficCqrs.Api.Hosting;

/// <summary>
/// Checks every request body before the endpoint sees it, so no endpoint can forget: required
/// fields present (<c>[Required]</c>), strings within their length (<c>[MaxLength]</c>, else
/// <see cref="DefaultMaxLength"/>) and free of control and direction-override characters,
/// collections within their size, and the other validation attributes a request declares. The
/// first fault is answered 400, naming the field as the client spelled it.
/// </summary>
public sealed class RequestBodyRules : IHttpPolicy
{
    /// <summary>The longest string a request may carry where its record says nothing.</summary>
    public const int DefaultMaxLength = 1000;

    /// <summary>The most entries a list or map may carry where its record says nothing.</summary>
    public const int DefaultMaxItems = 50;

    private const int MaxDepth = 4;

    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(c => c.HasRequestType))
        {
            var validate = typeof(RequestBodyRules).GetMethod(nameof(Validate))!.MakeGenericMethod(chain.RequestType!);
            chain.Middleware.Insert(0, new MethodCall(typeof(RequestBodyRules), validate)
            {
                CommentText = "Check the request body's fields",
            });
        }
    }

    public static void Validate<T>(T? body)
    {
        if (body is null)
            throw new InvalidFieldException("body", "A JSON object is required.");
        Check(body, "", 0);
    }

    private static void Check(object value, string prefix, int depth)
    {
        foreach (var property in PropertiesOf(value.GetType()))
            CheckValue(property.Read(value), prefix + property.Field, property.Rules, depth);
    }

    /// <summary>What a request type's properties declare, read once per type and kept.</summary>
    private static readonly ConcurrentDictionary<Type, CheckedProperty[]> Properties = new();

    private static CheckedProperty[] PropertiesOf(Type type) => Properties.GetOrAdd(type, static type =>
    {
        var parameters = type.GetConstructors().SelectMany(c => c.GetParameters())
            .Where(p => p.Name is not null)
            .GroupBy(p => p.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => new CheckedProperty(p, JsonName(p), FieldRules.From(p.GetCustomAttributes<ValidationAttribute>()
                .Concat(parameters.TryGetValue(p.Name, out var parameter)
                    ? parameter.GetCustomAttributes<ValidationAttribute>()
                    : []))))
            .ToArray();
    });

    private sealed record CheckedProperty(PropertyInfo Property, string Field, FieldRules Rules)
    {
        public object? Read(object owner) => Property.GetValue(owner);
    }

    /// <summary>A field's validation attributes, sorted by what the checks need of them.</summary>
    private sealed record FieldRules(bool Required, int? MaxLength, ValidationAttribute[] Others)
    {
        /// <summary>An entry of a list or map: no attributes of its own.</summary>
        public static readonly FieldRules None = new(false, null, []);

        public static FieldRules From(IEnumerable<ValidationAttribute> declared)
        {
            var attributes = declared.ToList();
            return new FieldRules(
                attributes.OfType<RequiredAttribute>().Any(),
                attributes.OfType<MaxLengthAttribute>().Select(a => (int?)a.Length).FirstOrDefault()
                ?? attributes.OfType<StringLengthAttribute>().Select(a => (int?)a.MaximumLength).FirstOrDefault(),
                attributes.Where(a => a is not RequiredAttribute and not MaxLengthAttribute and not StringLengthAttribute).ToArray());
        }
    }

    private static void CheckValue(object? value, string field, FieldRules rules, int depth)
    {
        var required = rules.Required;
        if (value is null || value is string { Length: 0 } || (value is string s0 && string.IsNullOrWhiteSpace(s0) && required))
        {
            if (required) throw new InvalidFieldException(field, $"{field} is required.");
            return;
        }

        var maxLength = rules.MaxLength;
        switch (value)
        {
            case string text:
                CheckText(text, field, maxLength ?? DefaultMaxLength);
                break;
            case IDictionary map:
                if (map.Count > (maxLength ?? DefaultMaxItems))
                    throw new InvalidFieldException(field, $"{field} may have at most {maxLength ?? DefaultMaxItems} entries.");
                foreach (DictionaryEntry entry in map)
                {
                    var key = entry.Key.ToString() ?? "";
                    CheckText(key, $"{field}.{key}", 64, "key");
                    CheckValue(entry.Value, $"{field}.{key}", FieldRules.None, depth + 1);
                }
                break;
            case IEnumerable list and not string:
                var items = list.Cast<object?>().ToList();
                if (items.Count > (maxLength ?? DefaultMaxItems))
                    throw new InvalidFieldException(field, $"{field} may have at most {maxLength ?? DefaultMaxItems} items.");
                for (var i = 0; i < items.Count; i++)
                    CheckValue(items[i], $"{field}[{i}]", FieldRules.None, depth + 1);
                break;
            case Guid id when id == Guid.Empty:
                throw new InvalidFieldException(field, $"{field} may not be the empty id.");
            default:
                if (depth < MaxDepth && IsOwnType(value.GetType()))
                    Check(value, field + ".", depth + 1);
                break;
        }

        foreach (var attribute in rules.Others)
            if (!attribute.IsValid(value))
                throw new InvalidFieldException(field, attribute.FormatErrorMessage(field));
    }

    private static void CheckText(string text, string field, int maxLength, string what = "")
    {
        var name = what.Length == 0 ? field : $"A {what} of {field}";
        if (text.Length > maxLength)
            throw new InvalidFieldException(field, $"{name} may be at most {maxLength} characters.");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (IsRefused(c))
                throw new InvalidFieldException(field,
                    $"{name} contains a control, direction-override or broken character (U+{(int)c:X4}).");
        }
    }

    /// <summary>
    /// Characters no clerk types: controls (but tab and line breaks), direction marks and overrides,
    /// lone surrogates, the replacement character left by broken encodings, non-characters.
    /// </summary>
    public static bool IsRefused(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\u200E' or '\u200F' or '\uFEFF' or '\uFFFD' or '\uFFFE' or '\uFFFF'
        || char.IsSurrogate(c);

    private static bool IsOwnType(Type type) =>
        type is { IsClass: true } && type.Namespace?.StartsWith("TrafficCqrs", StringComparison.Ordinal) == true;

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? JsonNamingPolicyCamelCase(property.Name);

    private static string JsonNamingPolicyCamelCase(string name) =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
