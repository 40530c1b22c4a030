using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Violations;

// The interim points ledger: one stream per licence holder. The licensing module's licence stream
// takes over this role; until then these events keep what each handling put on a licence.

/// <summary>Points from a handled violation were put on the holder's licence.</summary>
/// <param name="FineUnpaid">Whether the violation's fine was still unpaid: such points outlive the cycle's end.</param>
[EventName("points_ledger.points_recorded")]
public sealed record LedgerPointsRecorded(
    Guid AccountId,
    string HolderIdNumber,
    Guid ViolationId,
    int Points,
    bool FineUnpaid,
    DateTimeOffset RecordedAt);

/// <summary>The fine of a violation whose points are on the holder's licence was paid.</summary>
[EventName("points_ledger.fine_paid")]
public sealed record LedgerFinePaid(Guid AccountId, string HolderIdNumber, Guid ViolationId, DateTimeOffset PaidAt);

public sealed record PointsEntry(Guid ViolationId, int Points, bool FineUnpaid, DateOnly RecordedOn);

/// <summary>
/// A holder's points, by violation. The cycle is 12 months; without the licence's first issue date
/// (which the licensing module knows) it is anchored on the day of the first points recorded here.
/// Points of past cycles are cleared, except those of violations whose fine is still unpaid.
/// </summary>
public sealed record PointsAccount
{
    public Guid Id { get; init; }
    public string HolderIdNumber { get; init; } = "";
    public DateOnly CycleAnchor { get; init; }
    public IReadOnlyList<PointsEntry> Entries { get; init; } = [];

    public static Guid IdFor(string holderIdNumber) => StreamIds.For("points:" + holderIdNumber.ToUpperInvariant());

    public static PointsAccount Create(LedgerPointsRecorded e) =>
        new PointsAccount
        {
            Id = e.AccountId,
            HolderIdNumber = e.HolderIdNumber,
            CycleAnchor = OfficeCalendar.LocalDate(e.RecordedAt),
        }.Apply(e);

    public PointsAccount Apply(LedgerPointsRecorded e) =>
        this with { Entries = [.. Entries, new PointsEntry(e.ViolationId, e.Points, e.FineUnpaid, OfficeCalendar.LocalDate(e.RecordedAt))] };

    public PointsAccount Apply(LedgerFinePaid e) =>
        this with { Entries = Entries.Select(x => x.ViolationId == e.ViolationId ? x with { FineUnpaid = false } : x).ToList() };

    /// <summary>The first day of the cycle that contains <paramref name="today"/>.</summary>
    public DateOnly CycleStart(DateOnly today)
    {
        var start = CycleAnchor;
        while (start.AddYears(1) <= today) start = start.AddYears(1);
        return start;
    }

    /// <summary>Points that count now: this cycle's, and earlier ones whose fine is still unpaid.</summary>
    public int CyclePoints(DateTimeOffset now)
    {
        var start = CycleStart(OfficeCalendar.LocalDate(now));
        return Entries.Where(x => x.RecordedOn >= start || x.FineUnpaid).Sum(x => x.Points);
    }
}
