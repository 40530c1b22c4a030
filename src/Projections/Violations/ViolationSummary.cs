using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Violations;

using TrafficCqrs.Projections.Inline;

namespace TrafficCqrs.Projections.Violations;

/// <summary>A violation as a clerk, the owner or the driver sees it.</summary>
public sealed class ViolationSummary
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Plate { get; set; } = "";
    public string Place { get; set; } = "";
    public DateTimeOffset OccurredAt { get; set; }
    public string Code { get; set; } = "";
    public int Points { get; set; }
    public decimal Fine { get; set; }
    public string Source { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public ViolationStatus Status { get; set; }
    public string? OwnerIdNumber { get; set; }
    public string? DriverIdNumber { get; set; }
    public string? HandledThrough { get; set; }
    public DateOnly? FineDueOn { get; set; }
    public decimal? LateFeePaid { get; set; }
    public decimal? AmountPaid { get; set; }
    public string? Objection { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? HandledAt { get; set; }
    public DateTimeOffset? PaidAt { get; set; }

    /// <summary>Not yet settled: neither paid (or free) nor dismissed. Handled-but-unpaid still counts.</summary>
    public bool IsOpen { get; set; } = true;

    /// <summary>Not yet handled nor dismissed: the vehicle is held.</summary>
    public bool HoldsVehicle { get; set; } = true;
}

/// <summary>Keeps <see cref="ViolationSummary"/> in step with the violation stream, in the same transaction.</summary>
public partial class ViolationSummaryProjection : ScreenedSingleStreamProjection<ViolationSummary, Guid>
{
    public static ViolationSummary Create(ViolationRecorded e) => new()
    {
        Id = e.ViolationId,
        Plate = e.Plate,
        Place = e.Place,
        OccurredAt = e.OccurredAt,
        Code = e.Code,
        Points = e.Points,
        Fine = e.Fine,
        Source = e.Source,
        RecordedBy = e.RecordedBy,
        Status = ViolationStatus.Recorded,
        RecordedAt = e.RecordedAt,
    };

    public void Apply(ViolationReviewed e, ViolationSummary view)
    {
        if (e.Upheld)
        {
            view.Status = ViolationStatus.Reviewed;
            return;
        }
        Dismiss(view, e.Reason);
    }

    public void Apply(ViolationOwnerNotified e, ViolationSummary view)
    {
        view.Status = ViolationStatus.Notified;
        view.OwnerIdNumber = e.OwnerIdNumber;
    }

    public void Apply(ViolationObjected e, ViolationSummary view)
    {
        view.Status = ViolationStatus.Objected;
        view.Objection = e.Grounds;
    }

    public void Apply(ViolationObjectionDecided e, ViolationSummary view)
    {
        if (e.Upheld)
        {
            Dismiss(view, e.Reason);
            return;
        }
        view.Status = ViolationStatus.Notified;
        view.Reason = e.Reason;
    }

    public void Apply(ViolationHandled e, ViolationSummary view)
    {
        view.Status = e.Fine > 0m ? ViolationStatus.Handled : ViolationStatus.Paid;
        view.DriverIdNumber = e.DriverIdNumber;
        view.HandledThrough = e.Channel;
        view.FineDueOn = e.FineDueOn;
        view.HandledAt = e.HandledAt;
        view.HoldsVehicle = false;
        view.IsOpen = e.Fine > 0m;
    }

    public void Apply(ViolationFinePaid e, ViolationSummary view)
    {
        view.Status = ViolationStatus.Paid;
        view.LateFeePaid = e.LateFee;
        view.AmountPaid = e.Amount;
        view.PaidAt = e.PaidAt;
        view.IsOpen = false;
    }

    private static void Dismiss(ViolationSummary view, string? reason)
    {
        view.Status = ViolationStatus.Dismissed;
        view.Reason = reason;
        view.HoldsVehicle = false;
        view.IsOpen = false;
    }
}
