namespace TrafficCqrs.Domain.Analytics;

/// <summary>Exact percentiles over kept values (no histogram, no interpolation).</summary>
public static class Percentile
{
    /// <summary>
    /// The nearest-rank percentile: the smallest value such that at least <paramref name="percent"/> %
    /// of the values are at or below it, i.e. the value at rank ⌈p/100 · n⌉ of the sorted values.
    /// Null when there are no values.
    /// </summary>
    public static long? NearestRank(IEnumerable<long> values, int percent)
    {
        if (percent is < 1 or > 100) throw new ArgumentOutOfRangeException(nameof(percent));
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return null;
        // Integer arithmetic: ⌈p·n/100⌉ without floating-point error.
        var rank = (percent * sorted.Length + 99) / 100;
        return sorted[rank - 1];
    }

    public static double? Mean(IEnumerable<long> values)
    {
        var list = values as IReadOnlyCollection<long> ?? values.ToList();
        return list.Count == 0 ? null : list.Average();
    }
}
