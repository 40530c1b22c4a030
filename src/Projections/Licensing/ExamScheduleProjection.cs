using Marten.Events.Projections;
using TrafficCqrs.Domain.Exams;
using TrafficCqrs.Domain.Identifiers;

using TrafficCqrs.Projections.Inline;

namespace TrafficCqrs.Projections.Licensing;

/// <summary>Keeps <see cref="ExamDay"/> by office and day from the bookings of every application.</summary>
public partial class ExamScheduleProjection : ScreenedMultiStreamProjection<ExamDay, string>
{
    public ExamScheduleProjection()
    {
        Identity<ExamBooked>(e => ExamDay.IdFor(e.Office, e.Date));
        Identity<ExamBookingCancelled>(e => ExamDay.IdFor(e.Office, e.Date));
        Identity<ExamAttemptScored>(e => ExamDay.IdFor(e.Office, e.Date));
    }

    public static ExamDay Create(ExamBooked e) => new()
    {
        Id = ExamDay.IdFor(e.Office, e.Date),
        Office = e.Office,
        Date = e.Date,
        Sittings = [Sitting(e)],
    };

    public void Apply(ExamBooked e, ExamDay day)
    {
        if (day.Sittings.All(s => s.BookingId != e.BookingId)) day.Sittings.Add(Sitting(e));
    }

    public void Apply(ExamBookingCancelled e, ExamDay day)
    {
        if (day.Sittings.FirstOrDefault(s => s.BookingId == e.BookingId) is { } sitting)
            sitting.Status = e.CountsAsFail ? "cancelled_late" : "cancelled";
    }

    public void Apply(ExamAttemptScored e, ExamDay day)
    {
        if (day.Sittings.FirstOrDefault(s => s.BookingId == e.BookingId) is not { } sitting) return;
        sitting.Attempts = e.Attempt;
        sitting.LastScore = e.Score;
        sitting.Status = e.Passed ? "passed" : e.SittingFailed ? "failed" : "retake";
    }

    private static ExamSitting Sitting(ExamBooked e) => new()
    {
        BookingId = e.BookingId,
        ApplicationId = e.ApplicationId,
        Applicant = ResidentIdNumber.Mask(e.ApplicantIdNumber),
        Subject = e.Subject,
        Class = e.Class,
        Status = "booked",
    };
}
