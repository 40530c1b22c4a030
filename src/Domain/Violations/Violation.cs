namespace TrafficCqrs.Domain.Violations;

public enum ViolationStatus
{
    Recorded,
    Reviewed,
    Notified,
    Objected,
    Handled,
    Paid,
    Dismissed,
}

public static class ViolationSources
{
    public const string Camera = "camera";   // 电子监控
    public const string Officer = "officer"; // 现场执法

    public static readonly IReadOnlyList<string> All = [Camera, Officer];
}

public static class NotificationMethods
{
    public static readonly IReadOnlyList<string> All = ["sms", "mail", "app"];
}

/// <summary>The state a decision about a violation needs, rebuilt from its events.</summary>
public sealed record Violation
{
    public Guid Id { get; init; }

    /// <summary>The version of the stream this state was built from (set by the event store).</summary>
    public long Version { get; init; }
    public string Plate { get; init; } = "";
    public string Source { get; init; } = "";
    public DateTimeOffset OccurredAt { get; init; }
    public int Points { get; init; }
    public decimal Fine { get; init; }
    public ViolationStatus Status { get; init; }
    public string? OwnerIdNumber { get; init; }
    public string? DriverIdNumber { get; init; }
    public DateOnly? FineDueOn { get; init; }

    /// <summary>Not yet handled nor dismissed: the vehicle may not be transferred nor get its sticker.</summary>
    public bool HoldsVehicle => Status is ViolationStatus.Recorded or ViolationStatus.Reviewed
        or ViolationStatus.Notified or ViolationStatus.Objected;

    public static Violation Create(ViolationRecorded e) => new()
    {
        Id = e.ViolationId,
        Plate = e.Plate,
        Source = e.Source,
        OccurredAt = e.OccurredAt,
        Points = e.Points,
        Fine = e.Fine,
        Status = ViolationStatus.Recorded,
    };

    /// <summary>The day it was committed, on the office's calendar: the points cycle it counts in.</summary>
    public DateOnly CommittedOn => OfficeCalendar.LocalDate(OccurredAt);

    public Violation Apply(ViolationReviewed e) =>
        this with { Status = e.Upheld ? ViolationStatus.Reviewed : ViolationStatus.Dismissed };

    public Violation Apply(ViolationOwnerNotified e) =>
        this with { Status = ViolationStatus.Notified, OwnerIdNumber = e.OwnerIdNumber };

    public Violation Apply(ViolationObjected e) => this with { Status = ViolationStatus.Objected };

    public Violation Apply(ViolationObjectionDecided e) =>
        this with { Status = e.Upheld ? ViolationStatus.Dismissed : ViolationStatus.Notified };

    public Violation Apply(ViolationHandled e) =>
        this with
        {
            Status = e.Fine > 0m ? ViolationStatus.Handled : ViolationStatus.Paid,
            DriverIdNumber = e.DriverIdNumber,
            FineDueOn = e.FineDueOn,
        };

    public Violation Apply(ViolationFinePaid e) => this with { Status = ViolationStatus.Paid };
}
