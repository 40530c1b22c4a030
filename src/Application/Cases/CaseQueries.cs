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

/// <summary>
/// A case as the case list and a counter see it. The stored summary also carries what a person's
/// history and the boards read (mailings, identity source, who completed it where); those stay
/// with their own, narrower readers.
/// </summary>
public sealed record CaseView(
    Guid Id,
    long Version,
    string BusinessType,
    string ApplicantIdNumber,
    string Channel,
    string Office,
    string? Counter,
    string? Outlet,
    string? Subject,
    IReadOnlyList<CaseCheckResult> Checks,
    CaseStatus Status,
    decimal Fee,
    decimal AmountPaid,
    string? PaymentMethod,
    string? PaymentReference,
    string? Reason,
    DateTimeOffset OpenedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? PaidAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<string> Waivers,
    IReadOnlyList<string> CertificatesCheckedInternally,
    string? VinPhotoReference,
    int Visits,
    int ReturnVisitsRequired,
    bool AwaitingReturn,
    string? ReturnVisitReason,
    decimal AmountRefunded,
    DateTimeOffset? RefundedAt)
{
    public static CaseView From(CaseSummary c) => new(c.Id, c.Version, c.BusinessType, c.ApplicantIdNumber,
        c.Channel, c.Office, c.Counter, c.Outlet, c.Subject, c.Checks, c.Status, c.Fee, c.AmountPaid,
        c.PaymentMethod, c.PaymentReference, c.Reason, c.OpenedAt, c.AcceptedAt, c.PaidAt, c.ClosedAt,
        c.Waivers, c.CertificatesCheckedInternally, c.VinPhotoReference, c.Visits, c.ReturnVisitsRequired,
        c.AwaitingReturn, c.ReturnVisitReason, c.AmountRefunded, c.RefundedAt);
}

public static class CaseQueries
{
    public const int MaxPageSize = 200;

    public static async Task<CaseView?> Get(IQuerySession session, Guid id, CancellationToken cancellation) =>
        await session.LoadAsync<CaseSummary>(id, cancellation) is { } summary ? CaseView.From(summary) : null;

    public static async Task<Page<CaseView>> List(IQuerySession session, CaseFilter filter, int page,
        int pageSize, CancellationToken cancellation)
    {
        IQueryable<CaseSummary> query = session.Query<CaseSummary>();
        if (filter.Status is { } status) query = query.Where(x => x.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.BusinessType)) query = query.Where(x => x.BusinessType == filter.BusinessType);
        if (!string.IsNullOrWhiteSpace(filter.Office)) query = query.Where(x => x.Office == filter.Office);
        if (!string.IsNullOrWhiteSpace(filter.Outlet)) query = query.Where(x => x.Outlet == filter.Outlet);
        if (filter.OpenedFrom is { } from) query = query.Where(x => x.OpenedAtUtc >= from.ToUniversalTime());
        if (filter.OpenedTo is { } to) query = query.Where(x => x.OpenedAtUtc < to.ToUniversalTime());

        var paged = await query.OrderByDescending(x => x.OpenedAtUtc).ThenBy(x => x.Id)
            .ToPagedListAsync(page, pageSize, cancellation);
        return new Page<CaseView>(paged.Select(CaseView.From).ToList(), page, pageSize, paged.TotalItemCount);
    }
}
