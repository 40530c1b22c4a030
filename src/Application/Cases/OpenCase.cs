using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Application.Cases;

/// <summary>An applicant is received for one business type: a case stream starts.</summary>
public sealed record OpenCase(Guid CaseId, string BusinessType, string ApplicantIdNumber, CommandContext Context);

public static class OpenCaseHandler
{
    public static CaseWritten Handle(OpenCase command, IDocumentSession session, BusinessCatalogue catalogue,
        TimeProvider clock)
    {
        var type = catalogue.Find(command.BusinessType)
                   ?? throw new InvalidFieldException("businessType", $"Unknown business type '{command.BusinessType}'.");
        if (!ResidentIdNumber.TryParse(command.ApplicantIdNumber, out var idNumber, out var error))
            throw new InvalidFieldException("applicantIdNumber", error);

        var opened = CaseRules.Open(command.CaseId, type, idNumber.Value, command.Context.Actor, clock.GetUtcNow());

        command.Context.Stamp(session, nameof(OpenCase));
        session.Events.StartStream<ServiceCase>(command.CaseId, opened);
        return new CaseWritten(command.CaseId, 1);
    }
}
