using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Projections.Cases;

public partial class CaseSummaryProjection
{
    /// <summary>The first identity check passed names where the identity came from.</summary>
    private static void NoteIdentitySource(CaseRecordChecked e, CaseSummary view)
    {
        if (e.Check == InternalChecks.Identity && e.Passed) view.IdentitySource ??= e.Source;
    }

    public void Apply(CaseDocumentMailed e, CaseSummary view) =>
        view.Mailings.Add(new MailingEntry(e.Carrier, e.TrackingNumber, e.MailedAt));
}
