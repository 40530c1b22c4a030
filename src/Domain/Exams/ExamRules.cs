using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Domain.Exams;

/// <summary>
/// Exams for a first licence (科目一 to 科目四): where one may apply, the order of subjects, the
/// learner permit, earliest dates, the booking limit, retakes, waiting and late cancellation, and
/// pass marks. Each number lives here once.
/// </summary>
public static class ExamRules
{
    public const string UnknownClass = "exam.unknown_class";
    public const string AlreadyLicensed = "exam.already_licensed";
    public const string ResidencePermitRequired = "exam.residence_permit_required";
    public const string CrossCitySmallCarsOnly = "exam.cross_city_small_cars_only";
    public const string Completed = "exam.completed";
    public const string AlreadyPassed = "exam.already_passed";
    public const string AlreadyBooked = "exam.already_booked";
    public const string NotYetOpen = "exam.not_yet_open";
    public const string TooEarly = "exam.too_early";
    public const string PermitExpired = "exam.permit_expired";
    public const string BookingLimit = "exam.booking_limit";
    public const string WaitingPeriod = "exam.waiting_period";
    public const string DateNotAhead = "exam.date_not_ahead";
    public const string NotBooked = "exam.not_booked";
    public const string NotYetHeld = "exam.not_yet_held";
    public const string ScoreOutOfRange = "exam.score_out_of_range";

    public const int SubjectOne = 1, SubjectTwo = 2, SubjectThree = 3, SubjectFour = 4;
    public static readonly IReadOnlyList<int> Subjects = [SubjectOne, SubjectTwo, SubjectThree, SubjectFour];

    /// <summary>The learner permit is valid this many years after subject 1.</summary>
    public const int PermitYears = 3;

    /// <summary>Subjects 2 and 3 may each be booked at most this many times.</summary>
    public const int MaxBookings = 5;

    /// <summary>Days to wait after a sitting whose free retake also failed.</summary>
    public const int WaitAfterFailedSitting = 10;

    /// <summary>A cancellation must come at least this many days before the exam, or it counts as a fail.</summary>
    public const int CancelDaysAhead = 1;

    /// <summary>Attempts per sitting: the first and one free retake.</summary>
    public const int AttemptsPerSitting = 2;

    /// <summary>The pass mark (out of 100) of a subject for a class.</summary>
    public static int PassMark(int subject, string licenceClass) => subject switch
    {
        SubjectTwo => LicenceClasses.IsLarge(licenceClass) ? 90 : 80,
        _ => 90,
    };

    /// <summary>The earliest day after the learner permit that subjects 2 and 3 may be sat, by class.</summary>
    public static int EarliestDaysAfterPermit(int subject, string licenceClass) => subject switch
    {
        SubjectTwo => LicenceClasses.IsLarge(licenceClass) ? 20 : 10,
        SubjectThree => LicenceClasses.IsLarge(licenceClass) ? 40 : licenceClass == "C2" ? 20 : 30,
        _ => 0,
    };

    /// <summary>
    /// Files an application. An office code is the 6-digit division code (first 2 digits the province,
    /// first 4 the city), as is the start of the ID number: in another province a residence permit is
    /// needed; in another city of the home province the ID card suffices, for small cars (省内异地申领).
    /// An office code that is not a division code (a training site) is treated as the applicant's own.
    /// </summary>
    public static ExamApplicationFiled File(Guid applicationId, string applicantIdNumber, DateOnly birthDate,
        string licenceClass, string office, string channel, bool hasResidencePermit, bool alreadyLicensed, DateTimeOffset now)
    {
        if (!LicenceClasses.IsKnown(licenceClass))
            throw new DomainRuleException(UnknownClass, $"Apply for one of {string.Join(" ", LicenceClasses.All)}.");
        if (alreadyLicensed)
            throw new DomainRuleException(AlreadyLicensed, "A driving licence is already recorded for the applicant; adding a class or applying again after a cancellation is handled at a counter.");
        var crossCity = false;
        if (office.Length == 6 && office.All(char.IsAsciiDigit))
        {
            var otherProvince = office[..2] != applicantIdNumber[..2];
            if (otherProvince && !hasResidencePermit)
                throw new DomainRuleException(ResidencePermitRequired,
                    "Outside the home province, a residence permit (居住证) is needed to apply.");
            crossCity = !otherProvince && office[..4] != applicantIdNumber[..4];
            if (crossCity && !LicenceClasses.IsSmall(licenceClass))
                throw new DomainRuleException(CrossCitySmallCarsOnly,
                    $"In another city of the province, only {string.Join("/", LicenceClasses.Small)} may be applied for with the ID card.");
        }
        return new ExamApplicationFiled(applicationId, applicantIdNumber, birthDate, licenceClass, office, crossCity, channel, now);
    }

    public static ExamBooked Book(ExamApplication application, Guid bookingId, int subject, DateOnly date, string office,
        string channel, DateTimeOffset now)
    {
        var today = LicenceCalendar.Today(now);
        if (application.Completed)
            throw new DomainRuleException(Completed, "All subjects are passed.");
        if (application.Passed.Contains(subject))
            throw new DomainRuleException(AlreadyPassed, $"Subject {subject} is already passed.");
        if (application.Open is { } open)
            throw new DomainRuleException(AlreadyBooked, $"Subject {open.Subject} is already booked for {open.Date:yyyy-MM-dd}.");
        if (date <= today)
            throw new DomainRuleException(DateNotAhead, "An exam is booked for a later day.");
        if (subject != SubjectOne && !application.Passed.Contains(subject - 1))
            throw new DomainRuleException(NotYetOpen, $"Subject {subject} opens once subject {subject - 1} is passed.");

        if (application.PermitIssuedOn is { } permit)
        {
            var earliest = permit.AddDays(EarliestDaysAfterPermit(subject, application.Class));
            if (date < earliest)
                throw new DomainRuleException(TooEarly,
                    $"Subject {subject} for {application.Class} is sat from {earliest:yyyy-MM-dd}, " +
                    $"{EarliestDaysAfterPermit(subject, application.Class)} days after the learner permit.");
            if (date > application.PermitValidUntil)
                throw new DomainRuleException(PermitExpired,
                    $"The learner permit is valid until {application.PermitValidUntil:yyyy-MM-dd}.");
        }

        var number = application.CountedBookings(subject) + 1;
        if (subject is SubjectTwo or SubjectThree && number > MaxBookings)
            throw new DomainRuleException(BookingLimit, $"Subject {subject} may be booked at most {MaxBookings} times.");

        if (application.LastFailedSitting(subject) is { } failed && date < failed.AddDays(WaitAfterFailedSitting))
            throw new DomainRuleException(WaitingPeriod,
                $"After a failed sitting, book subject {subject} from {failed.AddDays(WaitAfterFailedSitting):yyyy-MM-dd}.");

        return new ExamBooked(application.Id, bookingId, subject, date, office, application.Class,
            application.ApplicantIdNumber, number, channel, now);
    }

    /// <summary>Cancels a booking; on the exam day itself (less than 1 day ahead) it counts as a failed sitting.</summary>
    public static ExamBookingCancelled Cancel(ExamApplication application, Guid bookingId, DateTimeOffset now)
    {
        var booking = OpenBooking(application, bookingId);
        var late = LicenceCalendar.Today(now) > booking.Date.AddDays(-CancelDaysAhead);
        return new ExamBookingCancelled(application.Id, bookingId, booking.Subject, booking.Date, booking.Office, late, now);
    }

    /// <summary>
    /// Scores an attempt. A pass of subject 1 issues the learner permit; passing the last subject
    /// completes the application. A failed first attempt leaves the free retake; a failed retake fails the sitting.
    /// </summary>
    public static IReadOnlyList<object> Score(ExamApplication application, Guid bookingId, int score, DateTimeOffset now)
    {
        var booking = OpenBooking(application, bookingId);
        var today = LicenceCalendar.Today(now);
        if (today < booking.Date)
            throw new DomainRuleException(NotYetHeld, $"The exam is on {booking.Date:yyyy-MM-dd}.");
        if (score is < 0 or > 100)
            throw new DomainRuleException(ScoreOutOfRange, "A score is from 0 to 100.");

        var mark = PassMark(booking.Subject, application.Class);
        var attempt = booking.Attempts + 1;
        var passed = score >= mark;
        var events = new List<object>
        {
            new ExamAttemptScored(application.Id, bookingId, booking.Subject, booking.Date, booking.Office, attempt, score, mark,
                passed, !passed && attempt >= AttemptsPerSitting, now),
        };
        if (passed && booking.Subject == SubjectOne)
            events.Add(new LearnerPermitIssued(application.Id, today, today.AddYears(PermitYears), now));
        if (passed && Subjects.All(s => s == booking.Subject || application.Passed.Contains(s)))
            events.Add(new ExamsAllPassed(application.Id, application.ApplicantIdNumber, application.Class, today, now));
        return events;
    }

    private static ExamBooking OpenBooking(ExamApplication application, Guid bookingId) =>
        application.Bookings.FirstOrDefault(b => b.BookingId == bookingId) is { Status: BookingStatus.Booked } booking
            ? booking
            : throw new DomainRuleException(NotBooked, "There is no open booking with this id.");
}
