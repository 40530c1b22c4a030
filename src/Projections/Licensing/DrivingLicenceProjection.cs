using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Licensing;

using TrafficCqrs.Projections.Inline;

namespace TrafficCqrs.Projections.Licensing;

/// <summary>
/// Tells Marten how to rebuild the domain's <see cref="DrivingLicence"/>; the evolution rules stay
/// in the domain type. Kept inline as a snapshot: the driver record reads it in one load.
/// </summary>
public partial class DrivingLicenceProjection : ScreenedSingleStreamProjection<DrivingLicence, Guid>
{
    public static DrivingLicence Create(LicenceIssued e) => DrivingLicence.Create(e);
    public DrivingLicence Apply(LicenceReplaced e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicenceRenewed e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicenceDetailsChanged e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicencePostponed e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicenceMedicalSubmitted e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicenceReviewPassed e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicenceReviewFailed e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicenceClassDowngraded e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicenceClassCancelled e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicenceSuspended e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicenceDetained e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicenceCancelled e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicenceRestored e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicencePointsRecorded e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicencePointsFinePaid e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicencePointsReduced e, DrivingLicence state) => state.Apply(e);
    public DrivingLicence Apply(LicenceReviewEducationCompleted e, DrivingLicence state) => state.Apply(e);
}
