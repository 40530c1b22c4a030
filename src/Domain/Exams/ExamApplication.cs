namespace TrafficCqrs.Domain.Exams;

public enum BookingStatus
{
    Booked,
    Cancelled,
    Passed,
    Failed,
}

/// <summary>One sitting booked; a late cancellation counts as failed.</summary>
public sealed record ExamBooking(Guid BookingId, int Subject, DateOnly Date, string Office, BookingStatus Status, int Attempts,
    bool CountsAsBooking);

/// <summary>An applicant's exam record, rebuilt from the application stream. Immutable.</summary>
public sealed record ExamApplication
{
    public Guid Id { get; init; }
    public long Version { get; init; }
    public string ApplicantIdNumber { get; init; } = "";
    public DateOnly BirthDate { get; init; }
    public string Class { get; init; } = "";
    public string Office { get; init; } = "";
    public bool CrossCity { get; init; }
    public DateOnly? PermitIssuedOn { get; init; }
    public DateOnly? PermitValidUntil { get; init; }
    public IReadOnlyList<ExamBooking> Bookings { get; init; } = [];
    public IReadOnlyList<int> Passed { get; init; } = [];
    public bool Completed { get; init; }

    public ExamBooking? Open => Bookings.FirstOrDefault(b => b.Status == BookingStatus.Booked);

    /// <summary>Bookings that count towards the limit: all but those cancelled in time.</summary>
    public int CountedBookings(int subject) => Bookings.Count(b => b.Subject == subject && b.CountsAsBooking);

    public DateOnly? LastFailedSitting(int subject) =>
        Bookings.Where(b => b.Subject == subject && b.Status == BookingStatus.Failed).Select(b => (DateOnly?)b.Date).Max();

    public static ExamApplication Create(ExamApplicationFiled e) => new()
    {
        Id = e.ApplicationId,
        ApplicantIdNumber = e.ApplicantIdNumber,
        BirthDate = e.BirthDate,
        Class = e.Class,
        Office = e.Office,
        CrossCity = e.CrossCity,
    };

    public ExamApplication Apply(LearnerPermitIssued e) => this with { PermitIssuedOn = e.IssuedOn, PermitValidUntil = e.ValidUntil };

    public ExamApplication Apply(ExamBooked e) => this with
    {
        Bookings = [.. Bookings, new ExamBooking(e.BookingId, e.Subject, e.Date, e.Office, BookingStatus.Booked, 0, true)],
    };

    public ExamApplication Apply(ExamBookingCancelled e) => Update(e.BookingId, b => e.CountsAsFail
        ? b with { Status = BookingStatus.Failed }
        : b with { Status = BookingStatus.Cancelled, CountsAsBooking = false });

    public ExamApplication Apply(ExamAttemptScored e)
    {
        var next = Update(e.BookingId, b => b with
        {
            Attempts = e.Attempt,
            Status = e.Passed ? BookingStatus.Passed : e.SittingFailed ? BookingStatus.Failed : BookingStatus.Booked,
        });
        return e.Passed ? next with { Passed = [.. Passed, e.Subject] } : next;
    }

    public ExamApplication Apply(ExamsAllPassed e) => this with { Completed = true };

    private ExamApplication Update(Guid bookingId, Func<ExamBooking, ExamBooking> change) =>
        this with { Bookings = [.. Bookings.Select(b => b.BookingId == bookingId ? change(b) : b)] };
}
