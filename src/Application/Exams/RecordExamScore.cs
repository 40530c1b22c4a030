using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Exams;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Application.Exams;

/// <summary>
/// The examiner records the score of an attempt. Passing the last subject issues the licence: the
/// licence stream starts in the same transaction as the application's last events.
/// </summary>
public sealed record RecordExamScore(Guid ApplicationId, Guid BookingId, int Score, long? ExpectedVersion,
    CommandContext Context);

public static class RecordExamScoreHandler
{
    public static async Task<ExamWritten> Handle(RecordExamScore command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var stream = await ExamApplicationStream.Fetch(session, command.ApplicationId, command.ExpectedVersion,
            command.Context, nameof(RecordExamScore), cancellation);
        var application = stream.Aggregate!;
        var events = ExamRules.Score(application, command.BookingId, command.Score, now);
        stream.AppendMany(events);

        var issued = false;
        if (events.OfType<ExamsAllPassed>().SingleOrDefault() is { } allPassed)
        {
            var licenceId = LicenceStreamId.For(allPassed.ApplicantIdNumber);
            session.Events.StartStream<DrivingLicence>(licenceId,
                LicenceRules.Issue(licenceId, application.ApplicantIdNumber, application.BirthDate, [application.Class],
                    command.Context.Actor.Office, application.Id, now));
            issued = true;
        }
        return new ExamWritten(command.ApplicationId, (stream.StartingVersion ?? 0) + events.Count, command.BookingId, issued);
    }
}
