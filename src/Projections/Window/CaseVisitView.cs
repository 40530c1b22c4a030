using JasperFx.Events;
using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Projections.WindowService;

/// <summary>
/// A case as the counter boards count it: where and by whom it was accepted and completed, and in
/// how many visits. Counter and clerk come from the trace every event carries.
/// </summary>
public sealed class CaseVisitView
{
    public Guid Id { get; set; }
    public string Office { get; set; } = "";
    public string BusinessType { get; set; } = "";
    public string Channel { get; set; } = "";
    public CaseStatus Status { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The office day of completion, yyyy-MM-dd.</summary>
    public string? CompletedDay { get; set; }
    public string? CompletedCounter { get; set; }
    public string? CompletedBy { get; set; }
    public int Visits { get; set; }
    public int ReturnVisitsRequired { get; set; }
    public decimal AmountRefunded { get; set; }
}

public partial class CaseVisitViewProjection : SingleStreamProjection<CaseVisitView, Guid>
{
    /// <summary>The header stamped on every event with the counter the actor worked at.</summary>
    public const string CounterHeader = "counter";

    public static CaseVisitView Create(CaseOpened e) => new()
    {
        Id = e.CaseId,
        Office = e.Office,
        BusinessType = e.BusinessType,
        Channel = e.Channel,
        Status = CaseStatus.Opened,
        OpenedAt = e.OpenedAt,
    };

    public void Apply(CaseAccepted e, CaseVisitView view)
    {
        view.Status = CaseStatus.Accepted;
        view.AcceptedAt = e.AcceptedAt;
    }

    public void Apply(IEvent<CaseCompleted> e, CaseVisitView view)
    {
        view.Status = CaseStatus.Completed;
        view.CompletedAt = e.Data.CompletedAt;
        view.CompletedDay = WindowDays.Key(e.Data.CompletedAt);
        view.CompletedBy = e.UserName;
        view.CompletedCounter = e.Headers is not null && e.Headers.TryGetValue(CounterHeader, out var counter)
            ? counter?.ToString()
            : null;
    }

    public void Apply(CaseRejected e, CaseVisitView view) => view.Status = CaseStatus.Rejected;
    public void Apply(CaseWithdrawn e, CaseVisitView view) => view.Status = CaseStatus.Withdrawn;
    public void Apply(CaseVisitStarted e, CaseVisitView view) => view.Visits = e.Visit;
    public void Apply(CaseReturnVisitRequired e, CaseVisitView view) => view.ReturnVisitsRequired++;
    public void Apply(CaseRefunded e, CaseVisitView view) => view.AmountRefunded += e.Amount;
}
