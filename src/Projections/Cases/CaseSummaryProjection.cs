using JasperFx.Events;
using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Cases;

using TrafficCqrs.Projections.Inline;

namespace TrafficCqrs.Projections.Cases;

/// <summary>Keeps <see cref="CaseSummary"/> in step with the case stream, in the same transaction.</summary>
public partial class CaseSummaryProjection : ScreenedSingleStreamProjection<CaseSummary, Guid>
{
    public static CaseSummary Create(CaseOpened e) => new()
    {
        Id = e.CaseId,
        BusinessType = e.BusinessType,
        ApplicantIdNumber = e.ApplicantIdNumber,
        Channel = e.Channel,
        Office = e.Office,
        Counter = e.Counter,
        Outlet = e.Outlet,
        Subject = e.Subject,
        Fee = e.Fee,
        Status = CaseStatus.Opened,
        OpenedAt = e.OpenedAt,
    };

    public void Apply(CaseRecordChecked e, CaseSummary view)
    {
        view.Checks.Add(new CaseCheckResult(e.Check, e.Source, e.Passed, e.Detail));
        NoteIdentitySource(e, view);
    }

    public void Apply(CaseAccepted e, CaseSummary view)
    {
        view.Status = CaseStatus.Accepted;
        view.AcceptedAt = e.AcceptedAt;
    }

    public void Apply(CasePaymentRecorded e, CaseSummary view)
    {
        view.AmountPaid += e.Amount;
        view.PaymentMethod = e.Method;
        view.PaymentReference = e.Reference;
        view.PaidAt = e.PaidAt;
    }

    // Takes the event with its metadata: the boards count who completed the case, and at which counter.
    public void Apply(IEvent<CaseCompleted> e, CaseSummary view)
    {
        view.Status = CaseStatus.Completed;
        view.ClosedAt = e.Data.CompletedAt;
        NoteCompletion(e, view);
    }

    public void Apply(CaseRejected e, CaseSummary view)
    {
        view.Status = CaseStatus.Rejected;
        view.Reason = e.Reason;
        view.ClosedAt = e.RejectedAt;
    }

    public void Apply(CaseWithdrawn e, CaseSummary view)
    {
        view.Status = CaseStatus.Withdrawn;
        view.Reason = e.Reason;
        view.ClosedAt = e.WithdrawnAt;
    }
}
