using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Application.Licensing;
using TrafficCqrs.Domain.Exams;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Application.Exams;

/// <summary>
/// An applicant applies for a first licence of one class at the actor's office (online or at a
/// counter); in another city of the home province the ID card is enough (省内异地申领).
/// </summary>
public sealed record FileExamApplication(
    Guid ApplicationId,
    string ApplicantIdNumber,
    string LicenceClass,
    bool HasResidencePermit,
    CommandContext Context);

public static class FileExamApplicationHandler
{
    public static async Task<ExamWritten> Handle(FileExamApplication command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        if (!ResidentIdNumber.TryParse(command.ApplicantIdNumber, out var id, out var error))
            throw new InvalidFieldException("applicantIdNumber", error);
        var licensed = await session.LoadAsync<DrivingLicence>(LicenceStreamId.For(id.Value), cancellation) is not null;

        var actor = command.Context.Actor;
        var filed = ExamRules.File(command.ApplicationId, id.Value, id.BirthDate, command.LicenceClass?.Trim().ToUpperInvariant() ?? "",
            actor.Office, actor.Channel, command.HasResidencePermit, licensed, clock.GetUtcNow());

        command.Context.Stamp(session, nameof(FileExamApplication));
        session.Events.StartStream<ExamApplication>(command.ApplicationId, filed);
        return new ExamWritten(command.ApplicationId, 1);
    }
}
