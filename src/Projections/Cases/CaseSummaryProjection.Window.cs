using JasperFx.Events;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Projections.WindowService;

namespace TrafficCqrs.Projections.Cases;

public partial class CaseSummaryProjection
{
    /// <summary>The header stamped on every event with the counter the actor worked at.</summary>
    public const string CounterHeader = "counter";

    private static void NoteCompletion(IEvent<CaseCompleted> e, CaseSummary view)
    {
        view.CompletedDay = WindowDays.Key(e.Data.CompletedAt);
        view.CompletedBy = e.UserName;
        view.CompletedCounter = e.Headers is not null && e.Headers.TryGetValue(CounterHeader, out var counter)
            ? counter?.ToString()
            : null;
    }

    public void Apply(CaseWaiversApplied e, CaseSummary view)
    {
        view.Waivers = [.. e.Waivers];
        view.CertificatesCheckedInternally = [.. e.CertificatesCheckedInternally];
        view.VinPhotoReference = e.VinPhotoReference;
    }

    public void Apply(CaseVisitStarted e, CaseSummary view)
    {
        view.Visits = e.Visit;
        view.AwaitingReturn = false;
    }

    public void Apply(CaseReturnVisitRequired e, CaseSummary view)
    {
        view.ReturnVisitsRequired++;
        view.AwaitingReturn = true;
        view.ReturnVisitReason = e.Reason;
    }

    public void Apply(CaseRefunded e, CaseSummary view)
    {
        view.AmountRefunded += e.Amount;
        view.RefundedAt = e.RefundedAt;
    }
}
