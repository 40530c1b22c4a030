using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Application.Cases;

/// <summary>An applicant is received for one business type: a case stream starts.</summary>
/// <param name="Subject">What the case is about besides the applicant (a VIN, a plate), when the type needs it.</param>
/// <param name="Details">The business type's own parameters.</param>
public sealed record OpenCase(
    Guid CaseId,
    string BusinessType,
    string ApplicantIdNumber,
    CommandContext Context,
    string? Subject = null,
    IReadOnlyDictionary<string, string>? Details = null);

public static class OpenCaseHandler
{
    public static async Task<CaseWritten> Handle(OpenCase command, IDocumentSession session,
        BusinessCatalogue catalogue, CaseWorkflows workflows, Outlets.OutletCommissions outlets, TimeProvider clock,
        CancellationToken cancellation)
    {
        var type = catalogue.Find(command.BusinessType)
                   ?? throw new InvalidFieldException("businessType", $"Unknown business type '{command.BusinessType}'.");
        if (!ResidentIdNumber.TryParse(command.ApplicantIdNumber, out var idNumber, out var error))
            throw new InvalidFieldException("applicantIdNumber", error);

        var now = clock.GetUtcNow();
        // The outlet's commission is asked first, as on an existing case, so an outlet's attempt at a
        // business no outlet may do is refused and recorded for supervision; the role check backs it up.
        await outlets.EnsureMayOpen(session, command.Context, nameof(OpenCase), command.CaseId, type, cancellation);
        CaseAccess.EnsureMayOpen(command.Context.Actor, type);
        var details = command.Details ?? new Dictionary<string, string>();
        var opened = CaseRules.Open(command.CaseId, type, idNumber.Value, command.Context.Actor, now,
            command.Subject, details);

        var events = new List<object> { opened };
        var notFound = new List<string>();
        events.AddRange(await Identities.TrustedIdentity.ChecksOnOpening(session, command.Context.Actor, command.CaseId, idNumber.Value, now, cancellation));
        if (workflows.For(type.Code) is { } workflow)
        {
            var opening = new CaseOpening(command.CaseId, type, idNumber.Value, command.Subject, details,
                command.Context.Actor, now);
            var checks = await workflow.CheckRecords(opening, session, cancellation);
            events.AddRange(checks.Select(c => new CaseRecordChecked(command.CaseId, c.Check, c.Source, c.Passed, c.Detail, now)));
            notFound.AddRange(checks.Where(c => !c.Passed).Select(c => c.Check));
        }

        // The four waivers: what the applicant did not have to bring, on every case; a certificate
        // the records did not show is not waived.
        events.Add(CaseWaivers.For(command.CaseId, type, details, now, notFound));

        command.Context.Stamp(session, nameof(OpenCase));
        session.Events.StartStream<ServiceCase>(command.CaseId, events.ToArray());
        return new CaseWritten(command.CaseId, events.Count);
    }
}
