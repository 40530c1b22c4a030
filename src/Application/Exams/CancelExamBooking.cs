using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Exams;

namespace TrafficCqrs.Application.Exams;

/// <summary>Cancels a booking; on the exam day it counts as a failed sitting.</summary>
public sealed record CancelExamBooking(Guid ApplicationId, Guid BookingId, long? ExpectedVersion, CommandContext Context);

public static class CancelExamBookingHandler
{
    public static async Task<ExamWritten> Handle(CancelExamBooking command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var stream = await ExamApplicationStream.Fetch(session, command.ApplicationId, command.ExpectedVersion,
            command.Context, nameof(CancelExamBooking), cancellation);
        stream.AppendOne(ExamRules.Cancel(stream.Aggregate!, command.BookingId, clock.GetUtcNow()));
        return new ExamWritten(command.ApplicationId, (stream.StartingVersion ?? 0) + 1, command.BookingId);
    }
}
