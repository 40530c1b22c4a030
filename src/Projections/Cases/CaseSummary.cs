using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Projections.Cases;

/// <summary>A case as the case list and a counter see it.</summary>
public sealed partial class CaseSummary
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string BusinessType { get; set; } = "";
    public string ApplicantIdNumber { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Office { get; set; } = "";
    public string? Counter { get; set; }
    public string? Outlet { get; set; }
    public string? Subject { get; set; }
    public List<CaseCheckResult> Checks { get; set; } = [];
    public CaseStatus Status { get; set; }
    public decimal Fee { get; set; }
    public decimal AmountPaid { get; set; }
    public string? PaymentMethod { get; set; }
    public string? PaymentReference { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>
    /// The same instant in UTC, kept in a column of its own for the case list's order and date
    /// filters (PostgreSQL stores instants without their offset; the document keeps the office's).
    /// </summary>
    public DateTimeOffset OpenedAtUtc => OpenedAt.ToUniversalTime();
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
}

/// <summary>An internal record check done for the case, as the list shows it.</summary>
public sealed record CaseCheckResult(string Check, string Source, bool Passed, string Detail);
