using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace TrafficCqrs.Api.Endpoints.Analytics;

/// <summary>Statistics as CSV (RFC 4180): a header of camelCase column names, one line per row.</summary>
public static class Csv
{
    public const string ContentType = "text/csv";

    /// <summary>CSV when asked by ?format=csv or by an Accept header naming text/csv; JSON otherwise.</summary>
    public static bool Wanted(HttpContext http, string? format)
    {
        if (!string.IsNullOrWhiteSpace(format))
            return format.ToLowerInvariant() switch
            {
                "csv" => true,
                "json" => false,
                _ => throw new Application.Common.InvalidFieldException("format", "Expected csv or json."),
            };
        return http.Request.Headers.Accept.Any(a => a?.Contains(ContentType, StringComparison.OrdinalIgnoreCase) == true);
    }

    public static IResult Write<T>(IEnumerable<T> rows, string fileName)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var text = new StringBuilder();
        text.AppendJoin(',', properties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))).Append("\r\n");
        foreach (var row in rows)
            text.AppendJoin(',', properties.Select(p => Field(p.GetValue(row)))).Append("\r\n");
        return new CsvResult(Results.Text(text.ToString(), $"{ContentType}; charset=utf-8", Encoding.UTF8), fileName);
    }

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double x => x.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    /// <summary>Names the file a browser saves.</summary>
    private sealed class CsvResult(IResult inner, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            return inner.ExecuteAsync(http);
        }
    }
}
