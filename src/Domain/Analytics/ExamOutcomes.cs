using TrafficCqrs.Domain.Exams;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Domain.Analytics;

/// <summary>
/// How exam sittings count in the statistics: a sitting ends passed (an attempt reached the pass
/// mark, first try or the free retake) or failed (the retake failed too, or the booking was cancelled
/// too late). The licensing events decide pass and fail; this only reads them.
/// </summary>
public static class ExamOutcomes
{
    /// <summary>Large vehicles (A/B classes), whose subject 2 has the higher pass mark.</summary>
    public const string Large = "large";

    /// <summary>Every other class (C, D, E, F, M, N, P): small cars, motorcycles and the rest.</summary>
    public const string Small = "small";

    public static readonly IReadOnlyList<string> ClassKinds = [Small, Large];

    /// <summary>The class kind of a licence class, split where the domain splits its pass marks.</summary>
    public static string ClassKindOf(string licenceClass) => LicenceClasses.IsLarge(licenceClass) ? Large : Small;

    /// <summary>True when the attempt ended its sitting passed, false when failed, null while the sitting goes on.</summary>
    public static bool? SittingPassed(ExamAttemptScored e) => e.Passed ? true : e.SittingFailed ? false : null;

    /// <summary>A cancellation that counts as a failed sitting (later than the rules allow).</summary>
    public static bool CountsAsFailedSitting(ExamBookingCancelled e) => e.CountsAsFail;
}
