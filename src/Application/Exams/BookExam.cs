using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Exams;

namespace TrafficCqrs.Application.Exams;

/// <summary>Books a sitting of a subject at an exam office on a day (online booking included).</summary>
/// <param name="Office">The office holding the exam; the application's office when not given.</param>
public sealed record BookExam(Guid ApplicationId, Guid BookingId, int Subject, DateOnly Date, string? Office,
    long? ExpectedVersion, CommandContext Context);

public static class BookExamHandler
{
    public static async Task<ExamWritten> Handle(BookExam command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        if (!ExamRules.Subjects.Contains(command.Subject))
            throw new InvalidFieldException("subject", "A subject is 1, 2, 3 or 4.");
        var stream = await ExamApplicationStream.Fetch(session, command.ApplicationId, command.ExpectedVersion,
            command.Context, nameof(BookExam), cancellation);
        var office = string.IsNullOrWhiteSpace(command.Office) ? stream.Aggregate!.Office : command.Office.Trim();

        stream.AppendOne(ExamRules.Book(stream.Aggregate!, command.BookingId, command.Subject, command.Date, office,
            command.Context.Actor.Channel, clock.GetUtcNow()));
        return new ExamWritten(command.ApplicationId, (stream.StartingVersion ?? 0) + 1, command.BookingId);
    }
}
