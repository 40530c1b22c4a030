using Marten;
using TrafficCqrs.Domain.Violations;
using TrafficCqrs.Projections.Violations;

namespace TrafficCqrs.Application.Violations;

/// <summary>What is owed on a violation today.</summary>
public sealed record AmountDue(Guid ViolationId, decimal Fine, decimal LateFee, decimal Total, DateOnly? DueOn, int DaysLate);

public static class ViolationQueries
{
    public static Task<ViolationSummary?> Get(IQuerySession session, Guid id, CancellationToken cancellation) =>
        session.LoadAsync<ViolationSummary>(id, cancellation);

    /// <summary>Violations of a vehicle not yet settled (unhandled, or handled with the fine unpaid), oldest first.</summary>
    public static async Task<IReadOnlyList<ViolationSummary>> OpenByPlate(IQuerySession session, string plate,
        CancellationToken cancellation) =>
        await session.Query<ViolationSummary>().Where(x => x.Plate == plate && x.IsOpen)
            .OrderBy(x => x.OccurredAt).ToListAsync(cancellation);

    /// <summary>Violations a driver handled whose fine is still unpaid, oldest first.</summary>
    public static async Task<IReadOnlyList<ViolationSummary>> OpenByDriver(IQuerySession session, string idNumber,
        CancellationToken cancellation) =>
        await session.Query<ViolationSummary>().Where(x => x.DriverIdNumber == idNumber && x.IsOpen)
            .OrderBy(x => x.OccurredAt).ToListAsync(cancellation);

    public static async Task<AmountDue?> AmountDue(IQuerySession session, Guid id, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var v = await session.Events.AggregateStreamAsync<Violation>(id, token: cancellation);
        if (v is null) return null;
        if (v.Status is ViolationStatus.Paid or ViolationStatus.Dismissed)
            return new AmountDue(id, v.Fine, 0m, 0m, v.FineDueOn, 0);
        var total = ViolationRules.AmountDue(v, now);
        var days = v.FineDueOn is { } due ? FineArithmetic.DaysLate(due, OfficeCalendar.LocalDate(now)) : 0;
        return new AmountDue(id, v.Fine, total - v.Fine, total, v.FineDueOn, days);
    }
}
