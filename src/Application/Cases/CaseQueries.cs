using Marten;
using Marten.Pagination;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Projections.Cases;

namespace TrafficCqrs.Application.Cases;

/// <summary>Filters for the case list; every one optional.</summary>
public sealed record CaseFilter(
    CaseStatus? Status = null,
    string? BusinessType = null,
    string? Office = null,
    DateTimeOffset? OpenedFrom = null,
    DateTimeOffset? OpenedTo = null)
{
    /// <summary>Only this outlet's cases; set from the caller's token for agents, never from the query.</summary>
    public string? Outlet { get; init; }
}

public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long TotalItems);

public static class CaseQueries
{
    public const int MaxPageSize = 200;

    public static Task<CaseSummary?> Get(IQuerySession session, Guid id, CancellationToken cancellation) =>
        session.LoadAsync<CaseSummary>(id, cancellation);

    public static async Task<Page<CaseSummary>> List(IQuerySession session, CaseFilter filter, int page,
        int pageSize, CancellationToken cancellation)
    {
        IQueryable<CaseSummary> query = session.Query<CaseSummary>();
        if (filter.Status is { } status) query = query.Where(x => x.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.BusinessType)) query = query.Where(x => x.BusinessType == filter.BusinessType);
        if (!string.IsNullOrWhiteSpace(filter.Office)) query = query.Where(x => x.Office == filter.Office);
        if (!string.IsNullOrWhiteSpace(filter.Outlet)) query = query.Where(x => x.Outlet == filter.Outlet);
        if (filter.OpenedFrom is { } from) query = query.Where(x => x.OpenedAt >= from);
        if (filter.OpenedTo is { } to) query = query.Where(x => x.OpenedAt < to);

        var paged = await query.OrderByDescending(x => x.OpenedAt).ThenBy(x => x.Id)
            .ToPagedListAsync(page, pageSize, cancellation);
        return new Page<CaseSummary>(paged.ToList(), page, pageSize, paged.TotalItemCount);
    }
}
