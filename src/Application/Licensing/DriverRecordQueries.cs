using Marten;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Application.Licensing;

/// <summary>A holder's licence as a clerk reads it on a given day.</summary>
public sealed record DriverRecord(
    string HolderIdNumber,
    IReadOnlyList<string> Classes,
    DateOnly FirstIssuedOn,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    LicenceValidity Validity,
    LicenceStatus Status,
    string? StatusReason,
    bool InProbation,
    DateOnly CycleStart,
    DateOnly CycleEnd,
    int Points,
    int PointsRemovedByStudy,
    int ReplacementsLast12Months,
    DateOnly? RenewalDueOn,
    string? Phone,
    string? Address,
    string? Email,
    IReadOnlyList<Obligation> PendingObligations,
    long Version);

public static class DriverRecordQueries
{
    /// <summary>
    /// The driver record: read from the licence snapshot kept in the same transaction as its events,
    /// with the parts that depend on the day (points in the current cycle, overdue, obligations)
    /// worked out for <paramref name="now"/>.
    /// </summary>
    public static async Task<DriverRecord?> Get(IQuerySession session, string holderIdNumber, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var licence = await session.LoadAsync<DrivingLicence>(LicenceStreamId.For(holderIdNumber), cancellation);
        return licence is null ? null : From(licence, LicenceCalendar.Today(now));
    }

    public static DriverRecord From(DrivingLicence l, DateOnly today)
    {
        var cycle = PointsRules.CurrentCycle(l, today);
        return new DriverRecord(
            l.HolderIdNumber,
            l.Classes,
            l.FirstIssuedOn,
            l.ValidFrom,
            l.ValidUntil,
            l.Validity,
            LicenceRules.EffectiveStatus(l, today),
            LicenceRules.IsOverdueCancelled(l, today) && l.Status == LicenceStatus.Valid ? "More than a year overdue for renewal." : l.StatusReason,
            PointsRules.InProbation(l, today),
            cycle.Start,
            cycle.End.AddDays(-1),
            PointsRules.Total(l, cycle.Start),
            l.Reductions.Where(r => !r.Cleared && r.CycleStart == cycle.Start).Sum(r => r.Points),
            LicenceRules.RecentReplacements(l, today),
            l.RenewalDueOn,
            l.Phone,
            l.Address,
            l.Email,
            LicenceObligations.Pending(l, today),
            l.Version);
    }
}
