using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Domain.Tests.Licensing;

/// <summary>Builds a licence from events, as the store would, and the instants tests stand at.</summary>
internal static class LicenceGiven
{
    public const string Holder = "11010519491231002X";
    public static readonly Guid Id = LicenceStreamId.For(Holder);

    /// <summary>Noon in China on a calendar day.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), LicenceCalendar.ChinaOffset);

    public static DateTimeOffset At(int year, int month, int day) => At(new DateOnly(year, month, day));

    public static LicenceIssued Issued(DateOnly on, string[]? classes = null, DateOnly? birth = null) =>
        LicenceRules.Issue(Id, Holder, birth ?? new DateOnly(1990, 5, 20), classes ?? ["C1"], "610100", null, At(on));

    public static DrivingLicence Licence(params object[] events) =>
        events.Skip(1).Aggregate(DrivingLicence.Create((LicenceIssued)events[0]), Apply);

    /// <summary>One event onto the state, as the live aggregation does.</summary>
    public static DrivingLicence Apply(DrivingLicence state, object e) => e switch
    {
        LicenceReplaced x => state.Apply(x),
        LicenceRenewed x => state.Apply(x),
        LicenceDetailsChanged x => state.Apply(x),
        LicencePostponed x => state.Apply(x),
        LicenceMedicalSubmitted x => state.Apply(x),
        LicenceReviewPassed x => state.Apply(x),
        LicenceReviewFailed x => state.Apply(x),
        LicenceClassDowngraded x => state.Apply(x),
        LicenceClassCancelled x => state.Apply(x),
        LicenceSuspended x => state.Apply(x),
        LicenceDetained x => state.Apply(x),
        LicenceCancelled x => state.Apply(x),
        LicenceRestored x => state.Apply(x),
        LicencePointsRecorded x => state.Apply(x),
        LicencePointsFinePaid x => state.Apply(x),
        LicencePointsReduced x => state.Apply(x),
        LicenceReviewEducationCompleted x => state.Apply(x),
        _ => throw new ArgumentException(e.GetType().Name),
    };
}
