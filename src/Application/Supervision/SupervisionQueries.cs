using Marten;
using Marten.Pagination;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Domain.Supervision;
using TrafficCqrs.Projections.Supervision;

namespace TrafficCqrs.Application.Supervision;

/// <summary>Filters for the complaint board; overdue means unanswered at <paramref name="AsOf"/>.</summary>
public sealed record ComplaintFilter(ComplaintStatus? Status, bool? Overdue, string? Office, DateTimeOffset AsOf);

/// <summary>A complaint on the board, flagged when its answer is overdue.</summary>
public sealed record ComplaintBoardItem(Complaint Complaint, bool Overdue);

public static class SupervisionQueries
{
    public const int MaxPageSize = 200;

    public static async Task<ComplaintBoardItem?> FindComplaint(IQuerySession session, Guid id, DateTimeOffset now,
        CancellationToken cancellation) =>
        await session.LoadAsync<Complaint>(id, cancellation) is { } c ? new ComplaintBoardItem(c, c.IsOverdueAt(now)) : null;

    /// <summary>Complaints by due time, soonest first.</summary>
    public static async Task<Page<ComplaintBoardItem>> Complaints(IQuerySession session, ComplaintFilter filter,
        int page, int pageSize, CancellationToken cancellation)
    {
        IQueryable<Complaint> query = session.Query<Complaint>();
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.Office)) query = query.Where(c => c.Office == filter.Office);
        var asOf = filter.AsOf;
        if (filter.Overdue == true)
            query = query.Where(c => c.Status != ComplaintStatus.Answered && c.AnswerDueBy <= asOf);
        if (filter.Overdue == false)
            query = query.Where(c => c.Status == ComplaintStatus.Answered || c.AnswerDueBy > asOf);

        var paged = await query.OrderBy(c => c.AnswerDueBy).ThenBy(c => c.Id).ToPagedListAsync(page, pageSize, cancellation);
        return new Page<ComplaintBoardItem>(paged.Select(c => new ComplaintBoardItem(c, c.IsOverdueAt(asOf))).ToList(),
            page, pageSize, paged.TotalItemCount);
    }

    public static async Task<SanctionRecord?> Record(IQuerySession session, string targetKind, string targetCode,
        CancellationToken cancellation) =>
        await session.LoadAsync<SanctionRecord>(SanctionRecord.IdFor(targetKind, targetCode), cancellation);

    /// <summary>The supervision board's flags, newest first.</summary>
    public static async Task<Page<SupervisionFlag>> Flags(IQuerySession session, string? kind, string? office,
        DateTimeOffset? from, DateTimeOffset? to, int page, int pageSize, CancellationToken cancellation)
    {
        IQueryable<SupervisionFlag> query = session.Query<SupervisionFlag>();
        if (!string.IsNullOrWhiteSpace(kind)) query = query.Where(f => f.Kind == kind);
        if (!string.IsNullOrWhiteSpace(office)) query = query.Where(f => f.Office == office);
        if (from is { } start) query = query.Where(f => f.RaisedAt >= start);
        if (to is { } end) query = query.Where(f => f.RaisedAt < end);
        var paged = await query.OrderByDescending(f => f.Sequence).ToPagedListAsync(page, pageSize, cancellation);
        return new Page<SupervisionFlag>(paged.ToList(), page, pageSize, paged.TotalItemCount);
    }
}
