namespace TrafficCqrs.Domain.Licensing;

/// <summary>Driving licence classes (准驾车型) and which of them count as large (A/B).</summary>
public static class LicenceClasses
{
    public static readonly IReadOnlyList<string> All =
        ["A1", "A2", "A3", "B1", "B2", "C1", "C2", "C3", "C4", "C5", "C6", "D", "E", "F", "M", "N", "P"];

    /// <summary>Small cars (小型汽车): the classes the simpler exam rules and 省内异地申领 apply to.</summary>
    public static readonly IReadOnlyList<string> Small = ["C1", "C2"];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);

    /// <summary>Large buses, trucks and tractors (A1 A2 A3 B1 B2).</summary>
    public static bool IsLarge(string code) => code.StartsWith('A') || code.StartsWith('B');

    public static bool IsSmall(string code) => Small.Contains(code);

    /// <summary>The class an A/B holder keeps when stepping down with age: C1 (manual small car).</summary>
    public const string StepDownClass = "C1";
}
