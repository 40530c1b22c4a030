namespace TrafficCqrs.Projections.Cases;

/// <summary>What window service adds to the case as the list shows it.</summary>
public sealed partial class CaseSummary
{
    /// <summary>The paper the applicant did not have to bring (四个减免).</summary>
    public List<string> Waivers { get; set; } = [];
    public List<string> CertificatesCheckedInternally { get; set; } = [];
    public string? VinPhotoReference { get; set; }

    /// <summary>Visits to a counter on a queue ticket (0 when the case never went through the queue).</summary>
    public int Visits { get; set; }
    public int ReturnVisitsRequired { get; set; }
    public bool AwaitingReturn { get; set; }
    public string? ReturnVisitReason { get; set; }
    public decimal AmountRefunded { get; set; }
    public DateTimeOffset? RefundedAt { get; set; }

    /// <summary>The office day of completion, yyyy-MM-dd; the boards count a case on that day.</summary>
    public string? CompletedDay { get; set; }

    /// <summary>The counter the completing clerk worked at, from the event's trace; null when none (online).</summary>
    public string? CompletedCounter { get; set; }

    /// <summary>The user who completed the case, from the event's trace.</summary>
    public string? CompletedBy { get; set; }
}
