using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Application.Audit;

/// <summary>
/// A readable line for each stored event, from a template per event name with {property}
/// placeholders filled from the event's body. An event without a template still reads well: its
/// name in words and its first few plain values. ID numbers are shown masked (first 6, last 4).
/// </summary>
public static partial class TraceSummaries
{
    private const int FallbackFields = 4;

    /// <summary>Templates by stored event name. Areas add theirs here.</summary>
    public static readonly IReadOnlyDictionary<string, string> Templates = new Dictionary<string, string>
    {
        ["case.opened"] = "Case opened: {businessType} for applicant {applicantIdNumber}, channel {channel}, office {office}",
        ["case.record_checked"] = "Record checked: {check} in {source}: {detail}",
        ["case.accepted"] = "Case accepted",
        ["case.payment_recorded"] = "Fee of {amount} yuan paid by {method} (reference {reference})",
        ["case.completed"] = "Case completed",
        ["case.rejected"] = "Case rejected: {reason}",
        ["case.withdrawn"] = "Case withdrawn by the applicant: {reason}",
        ["audit.chain_checkpoint_taken"] = "Audit chain checkpoint taken at sequence {sequence}",
        ["supervision.complaint_filed"] = "{kind} filed through {channel}: {text}",
        ["supervision.complaint_assigned"] = "Assigned to {handler}",
        ["supervision.complaint_answered"] = "Answered: {answer}",
        ["supervision.inspection_recorded"] = "{kind} of {targetKind} {targetCode}: {findings}",
        ["supervision.sanction_imposed"] = "{targetKind} {targetCode} {measure}: {reason}",
        ["supervision.sanction_lifted"] = "{targetKind} {targetCode}: sanction lifted: {reason}",
    };

    public static string For(string eventType, JsonElement data)
    {
        if (Templates.TryGetValue(eventType, out var template))
            return Placeholder().Replace(template, m => Text(data, m.Groups[1].Value) ?? "-");

        var summary = new StringBuilder(Words(eventType));
        if (data.ValueKind != JsonValueKind.Object) return summary.ToString();
        var fields = data.EnumerateObject()
            .Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            .Where(p => !p.Name.EndsWith("At", StringComparison.Ordinal))
            .Take(FallbackFields)
            .Select(p => $"{p.Name} {Text(data, p.Name)}")
            .ToList();
        if (fields.Count > 0) summary.Append(": ").Append(string.Join(", ", fields));
        return summary.ToString();
    }

    /// <summary>"licence.replaced" → "Licence replaced".</summary>
    public static string Words(string eventType)
    {
        var words = eventType.Replace('.', ' ').Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static string? Text(JsonElement data, string property)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(property, out var value)) return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
            JsonValueKind.True => "yes",
            JsonValueKind.False => "no",
            JsonValueKind.Null => null,
            _ => value.GetRawText(),
        };
        var isIdNumber = property == "idNumber" || property.EndsWith("IdNumber", StringComparison.Ordinal);
        return text is not null && isIdNumber ? ResidentIdNumber.Mask(text) : text;
    }

    [GeneratedRegex(@"\{([A-Za-z0-9]+)\}")]
    private static partial Regex Placeholder();
}
