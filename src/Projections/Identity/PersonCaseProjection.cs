using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Projections.Identities;

/// <summary>Keeps <see cref="PersonCase"/> in step with the case stream, in the same transaction.</summary>
public partial class PersonCaseProjection : SingleStreamProjection<PersonCase, Guid>
{
    public static PersonCase Create(CaseOpened e) => new()
    {
        Id = e.CaseId,
        IdNumber = e.ApplicantIdNumber,
        BusinessType = e.BusinessType,
        Channel = e.Channel,
        Office = e.Office,
        Counter = e.Counter,
        Outlet = e.Outlet,
        Status = CaseStatus.Opened,
        OpenedAt = e.OpenedAt,
    };

    public void Apply(CaseRecordChecked e, PersonCase view)
    {
        if (e.Check == InternalChecks.Identity && e.Passed) view.IdentitySource ??= e.Source;
    }

    public void Apply(CaseAccepted e, PersonCase view) => view.Status = CaseStatus.Accepted;

    public void Apply(CaseCompleted e, PersonCase view) => Close(view, CaseStatus.Completed, e.CompletedAt);

    public void Apply(CaseRejected e, PersonCase view) => Close(view, CaseStatus.Rejected, e.RejectedAt);

    public void Apply(CaseWithdrawn e, PersonCase view) => Close(view, CaseStatus.Withdrawn, e.WithdrawnAt);

    public void Apply(CaseDocumentMailed e, PersonCase view) =>
        view.Mailings.Add(new MailingEntry(e.Carrier, e.TrackingNumber, e.MailedAt));

    private static void Close(PersonCase view, CaseStatus status, DateTimeOffset at)
    {
        view.Status = status;
        view.ClosedAt = at;
    }
}
