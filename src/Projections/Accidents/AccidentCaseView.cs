using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Accidents;

using TrafficCqrs.Projections.Inline;

namespace TrafficCqrs.Projections.Accidents;

/// <summary>An accident case as the police, an insurer or a court follows it.</summary>
public sealed class AccidentCaseView
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string Place { get; set; } = "";
    public AccidentStatus Status { get; set; }
    public List<AccidentParty> Parties { get; set; } = [];
    public List<string> Insurers { get; set; } = [];
    public List<string> Plates { get; set; } = [];
    public List<ResponsibilityShare> Responsibility { get; set; } = [];

    /// <summary>parties (agreed) or police (decided online on joint request); null until fixed.</summary>
    public string? ResponsibilityFixedBy { get; set; }
    public string? PoliceReason { get; set; }
    public List<ClaimLine> Claims { get; set; } = [];
    public List<string> Courts { get; set; } = [];
    public DateTimeOffset ReportedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
}

/// <summary>One vehicle's damage and claim, as its insurer handles it.</summary>
public sealed class ClaimLine
{
    public string Plate { get; set; } = "";
    public string Insurer { get; set; } = "";
    public decimal? Assessed { get; set; }
    public decimal? Settled { get; set; }
    public string? Reference { get; set; }
}

/// <summary>Keeps <see cref="AccidentCaseView"/> in step with the accident stream, in the same transaction.</summary>
public partial class AccidentCaseViewProjection : ScreenedSingleStreamProjection<AccidentCaseView, Guid>
{
    public static AccidentCaseView Create(AccidentReported e) => new()
    {
        Id = e.AccidentId,
        OccurredAt = e.OccurredAt,
        Place = e.Place,
        Status = AccidentStatus.Reported,
        Parties = e.Parties.ToList(),
        Insurers = e.Parties.Select(p => p.Insurer).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        Plates = e.Parties.Select(p => p.Plate).ToList(),
        Claims = e.Parties.Select(p => new ClaimLine { Plate = p.Plate, Insurer = p.Insurer }).ToList(),
        ReportedAt = e.ReportedAt,
    };

    public void Apply(AccidentResponsibilityAgreed e, AccidentCaseView view)
    {
        view.Status = AccidentStatus.ResponsibilityFixed;
        view.Responsibility = e.Shares.ToList();
        view.ResponsibilityFixedBy = "parties";
    }

    public void Apply(AccidentPoliceDecisionRequested e, AccidentCaseView view) =>
        view.Status = AccidentStatus.AwaitingPoliceDecision;

    public void Apply(AccidentResponsibilityDecided e, AccidentCaseView view)
    {
        view.Status = AccidentStatus.ResponsibilityFixed;
        view.Responsibility = e.Shares.ToList();
        view.ResponsibilityFixedBy = "police";
        view.PoliceReason = e.Reason;
    }

    public void Apply(AccidentDamageAssessed e, AccidentCaseView view)
    {
        if (view.Claims.Find(c => c.Plate == e.Plate) is { } claim) claim.Assessed = e.Amount;
    }

    public void Apply(AccidentClaimSettled e, AccidentCaseView view)
    {
        if (view.Claims.Find(c => c.Plate == e.Plate) is not { } claim) return;
        claim.Settled = e.Amount;
        claim.Reference = e.Reference;
    }

    public void Apply(AccidentClosed e, AccidentCaseView view)
    {
        view.Status = AccidentStatus.Closed;
        view.ClosedAt = e.ClosedAt;
    }

    public void Apply(AccidentReferredToCourt e, AccidentCaseView view) => view.Courts.Add(e.Court);
}
