namespace TrafficCqrs.Domain.Catalogue;

/// <summary>One kind of service the office handles (业务类型).</summary>
/// <param name="Code">Stable code used by commands and statistics.</param>
/// <param name="NameZh">The office's own name for it.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Area">licence, vehicle, violation or accident.</param>
/// <param name="IdOnly">一证即办: done with the ID document alone, the rest checked in the office's records.</param>
/// <param name="Fee">Fee in yuan; zero when free.</param>
public sealed record BusinessType(
    string Code,
    string NameZh,
    string NameEn,
    string Area,
    bool IdOnly,
    decimal Fee);
