namespace TrafficCqrs.Domain.Cases;

/// <summary>
/// The state a decision about a case needs, rebuilt from the case's events. Immutable: each event
/// gives a new state.
/// </summary>
public sealed partial record ServiceCase
{
    public Guid Id { get; init; }
    public long Version { get; init; }
    public string BusinessType { get; init; } = "";
    public string ApplicantIdNumber { get; init; } = "";
    public string Channel { get; init; } = "";
    public string Office { get; init; } = "";
    public string? Counter { get; init; }
    public string? Outlet { get; init; }
    public string? Subject { get; init; }
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<CaseRecordChecked> Checks { get; init; } = [];
    public decimal Fee { get; init; }
    public decimal AmountPaid { get; init; }
    public string? PaymentReference { get; init; }
    public CaseStatus Status { get; init; }
    public string? Reason { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    public bool IsPaid => AmountPaid > 0m;

    public static ServiceCase Create(CaseOpened e) => new()
    {
        Id = e.CaseId,
        BusinessType = e.BusinessType,
        ApplicantIdNumber = e.ApplicantIdNumber,
        Channel = e.Channel,
        Office = e.Office,
        Counter = e.Counter,
        Outlet = e.Outlet,
        Subject = e.Subject,
        Details = e.Details ?? new Dictionary<string, string>(),
        Fee = e.Fee,
        Status = CaseStatus.Opened,
        OpenedAt = e.OpenedAt,
    };

    public ServiceCase Apply(CaseRecordChecked e) => this with { Checks = [.. Checks, e] };

    public ServiceCase Apply(CaseAccepted e) => this with { Status = CaseStatus.Accepted };

    public ServiceCase Apply(CasePaymentRecorded e) =>
        this with { AmountPaid = AmountPaid + e.Amount, PaymentReference = e.Reference };

    public ServiceCase Apply(CaseCompleted e) =>
        this with { Status = CaseStatus.Completed, ClosedAt = e.CompletedAt };

    public ServiceCase Apply(CaseRejected e) =>
        this with { Status = CaseStatus.Rejected, Reason = e.Reason, ClosedAt = e.RejectedAt };

    public ServiceCase Apply(CaseWithdrawn e) =>
        this with { Status = CaseStatus.Withdrawn, Reason = e.Reason, ClosedAt = e.WithdrawnAt };
}
