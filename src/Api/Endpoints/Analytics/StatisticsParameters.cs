using System.Globalization;
using TrafficCqrs.Application.Analytics;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Api.Endpoints.Analytics;

/// <summary>Reads the statistics query string into a filter and a grouping, answering 400 naming the field.</summary>
public static class StatisticsParameters
{
    public static StatisticsFilter Filter(string? from, string? to, string? office, string? businessType, string? channel,
        DateTimeOffset now)
    {
        var (defaultFrom, defaultTo) = StatisticsFilter.DefaultRange(now);
        var toDay = Date("to", to) ?? defaultTo;
        var fromDay = Date("from", from) ?? (to is null ? defaultFrom : toDay.AddDays(1 - StatisticsFilter.DefaultDays));
        if (fromDay > toDay) throw new InvalidFieldException("from", "from must not be after to.");
        if (toDay.DayNumber - fromDay.DayNumber + 1 > StatisticsFilter.MaxDays)
            throw new InvalidFieldException("to", $"At most {StatisticsFilter.MaxDays} days in one query.");
        if (channel is not null && !Channels.IsKnown(channel) && !Domain.Catalogue.ServiceChannels.All.Contains(channel))
            throw new InvalidFieldException("channel", $"Channel must be one of: {string.Join(", ", Channels.All.Concat(Domain.Catalogue.ServiceChannels.All).Distinct())}.");
        return new StatisticsFilter(fromDay, toDay, Blank(office), Blank(businessType), Blank(channel));
    }

    /// <summary>The exam and transfer dimensions added to a filter: subject 1..4, class kind small|large, origin office.</summary>
    public static StatisticsFilter WithExamsAndTransfers(StatisticsFilter filter, string? subject, string? classKind, string? origin)
    {
        int? subjectNumber = null;
        if (!string.IsNullOrWhiteSpace(subject))
        {
            if (!int.TryParse(subject, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || !Domain.Exams.ExamRules.Subjects.Contains(number))
                throw new InvalidFieldException("subject", $"subject must be one of: {string.Join(", ", Domain.Exams.ExamRules.Subjects)}.");
            subjectNumber = number;
        }
        var kind = Blank(classKind)?.ToLowerInvariant();
        if (kind is not null && !Domain.Analytics.ExamOutcomes.ClassKinds.Contains(kind))
            throw new InvalidFieldException("classKind", $"classKind must be one of: {string.Join(", ", Domain.Analytics.ExamOutcomes.ClassKinds)}.");
        return filter with { Subject = subjectNumber, ClassKind = kind, Origin = Blank(origin) };
    }

    public static StatisticsGrouping Grouping(string? groupBy, IReadOnlyList<StatisticsGrouping> allowed, StatisticsGrouping fallback)
    {
        if (string.IsNullOrWhiteSpace(groupBy)) return fallback;
        foreach (var g in allowed)
            if (string.Equals(CaseStatisticsQueries.Name(g), groupBy, StringComparison.OrdinalIgnoreCase))
                return g;
        throw new InvalidFieldException("groupBy",
            $"groupBy must be one of: {string.Join(", ", allowed.Select(CaseStatisticsQueries.Name))}.");
    }

    private static DateOnly? Date(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        throw new InvalidFieldException(field, "Expected a date (China time) as yyyy-MM-dd, e.g. 2026-11-26.");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
