namespace TrafficCqrs.Benchmarks;

/// <summary>Valid resident ID numbers for load (GB 11643 check character).</summary>
public static class Identity
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string NewIdNumber()
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(Random.Shared.Next(0, 15000)).ToString("yyyyMMdd");
        var first17 = "610102" + birth + Random.Shared.Next(0, 1000).ToString("000");
        var sum = first17.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
