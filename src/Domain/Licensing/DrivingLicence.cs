namespace TrafficCqrs.Domain.Licensing;

/// <summary>
/// What the office knows about one holder's licence, rebuilt from the licence stream. Immutable:
/// each event gives a new state. Time-dependent answers (points in the current cycle, overdue) are
/// methods taking the day, so they are right on any day without a scheduler.
/// </summary>
public sealed record DrivingLicence
{
    public Guid Id { get; init; }
    public long Version { get; init; }
    public string HolderIdNumber { get; init; } = "";
    public DateOnly BirthDate { get; init; }
    public IReadOnlyList<string> Classes { get; init; } = [];
    public DateOnly FirstIssuedOn { get; init; }
    public DateOnly ValidFrom { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public LicenceValidity Validity { get; init; }
    public LicenceStatus Status { get; init; }
    public string? StatusReason { get; init; }
    public DateOnly? SuspendedUntil { get; init; }
    public string Office { get; init; } = "";
    public string? Phone { get; init; }
    public string? Address { get; init; }
    public string? Email { get; init; }
    public IReadOnlyList<DateOnly> Replacements { get; init; } = [];
    public int Renewals { get; init; }
    public DateOnly? RenewalPostponedUntil { get; init; }
    public DateOnly? ReviewPostponedUntil { get; init; }
    public DateOnly? MedicalPostponedUntil { get; init; }
    public DateOnly? LastMedicalOn { get; init; }
    public DateOnly? LastReviewOn { get; init; }
    public bool LastReviewFailed { get; init; }

    /// <summary>Whether a points cycle of the current validity term reached 12 (blocks the step-up).</summary>
    public bool TwelvePointsInTerm { get; init; }

    public IReadOnlyList<PointRecord> PointRecords { get; init; } = [];
    public IReadOnlyList<PointReduction> Reductions { get; init; } = [];
    public IReadOnlyList<DateOnly> ReviewEducationCycles { get; init; } = [];

    /// <summary>The day the licence must be renewed by: the expiry, or a later postponement.</summary>
    public DateOnly? RenewalDueOn =>
        ValidUntil is { } until && RenewalPostponedUntil is { } postponed && postponed > until ? postponed : ValidUntil;

    public static DrivingLicence Create(LicenceIssued e) => new()
    {
        Id = e.LicenceId,
        HolderIdNumber = e.HolderIdNumber,
        BirthDate = e.BirthDate,
        Classes = e.Classes,
        FirstIssuedOn = e.FirstIssuedOn,
        ValidFrom = e.ValidFrom,
        ValidUntil = e.ValidUntil,
        Validity = e.Validity,
        Status = LicenceStatus.Valid,
        Office = e.Office,
    };

    public DrivingLicence Apply(LicenceReplaced e) => this with { Replacements = [.. Replacements, e.ReplacedOn] };

    public DrivingLicence Apply(LicenceRenewed e) => this with
    {
        ValidFrom = e.ValidFrom,
        ValidUntil = e.ValidUntil,
        Validity = e.Validity,
        Renewals = Renewals + 1,
        RenewalPostponedUntil = null,
        TwelvePointsInTerm = false,
    };

    public DrivingLicence Apply(LicenceDetailsChanged e) => this with
    {
        Phone = e.Phone ?? Phone,
        Address = e.Address ?? Address,
        Email = e.Email ?? Email,
    };

    public DrivingLicence Apply(LicencePostponed e) => e.Matter switch
    {
        PostponedMatter.Renewal => this with { RenewalPostponedUntil = e.Until },
        PostponedMatter.Review => this with { ReviewPostponedUntil = e.Until },
        _ => this with { MedicalPostponedUntil = e.Until },
    };

    public DrivingLicence Apply(LicenceMedicalSubmitted e) =>
        this with { LastMedicalOn = e.ExaminedOn, MedicalPostponedUntil = null };

    public DrivingLicence Apply(LicenceReviewPassed e) =>
        this with { LastReviewOn = e.ReviewedOn, LastReviewFailed = false, ReviewPostponedUntil = null };

    public DrivingLicence Apply(LicenceReviewFailed e) => this with { LastReviewOn = e.ReviewedOn, LastReviewFailed = true };

    public DrivingLicence Apply(LicenceClassDowngraded e) =>
        this with { Classes = [.. Classes.Except(e.From).Concat(e.To).Distinct()] };

    public DrivingLicence Apply(LicenceClassCancelled e)
    {
        var left = Classes.Except(e.Classes).ToList();
        return left.Count > 0
            ? this with { Classes = left }
            : this with { Classes = left, Status = LicenceStatus.Cancelled, StatusReason = e.Reason };
    }

    public DrivingLicence Apply(LicenceSuspended e) =>
        this with { Status = LicenceStatus.Suspended, StatusReason = e.Reason, SuspendedUntil = e.Until };

    public DrivingLicence Apply(LicenceDetained e) => this with { Status = LicenceStatus.Detained, StatusReason = e.Reason };

    public DrivingLicence Apply(LicenceCancelled e) => this with { Status = LicenceStatus.Cancelled, StatusReason = e.Reason };

    public DrivingLicence Apply(LicenceRestored e) => this with
    {
        Status = LicenceStatus.Valid,
        StatusReason = null,
        SuspendedUntil = null,
        PointRecords = e.PointsCleared ? [.. PointRecords.Select(p => p with { Cleared = true })] : PointRecords,
        Reductions = e.PointsCleared ? [.. Reductions.Select(r => r with { Cleared = true })] : Reductions,
    };

    public DrivingLicence Apply(LicencePointsRecorded e) => this with
    {
        PointRecords = [.. PointRecords, new PointRecord(e.ViolationId, e.Points, e.CommittedOn, null, false)],
        TwelvePointsInTerm = TwelvePointsInTerm || e.CycleTotal >= PointsRules.DetentionThreshold,
    };

    public DrivingLicence Apply(LicencePointsFinePaid e) => this with
    {
        PointRecords = [.. PointRecords.Select(p => p.ViolationId == e.ViolationId ? p with { FinePaidOn = e.PaidOn } : p)],
    };

    public DrivingLicence Apply(LicencePointsReduced e) =>
        this with { Reductions = [.. Reductions, new PointReduction(e.CycleStart, e.Points, false)] };

    public DrivingLicence Apply(LicenceReviewEducationCompleted e) =>
        this with { ReviewEducationCycles = [.. ReviewEducationCycles, e.CycleStart] };
}

/// <summary>Points of one violation on the licence. Cleared once the licence is restored after 12 points.</summary>
public sealed record PointRecord(Guid ViolationId, int Points, DateOnly CommittedOn, DateOnly? FinePaidOn, bool Cleared);

/// <summary>Points removed by study in the cycle starting on <paramref name="CycleStart"/>.</summary>
public sealed record PointReduction(DateOnly CycleStart, int Points, bool Cleared);
