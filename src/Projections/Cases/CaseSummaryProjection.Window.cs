using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Projections.Cases;

public partial class CaseSummaryProjection
{
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
