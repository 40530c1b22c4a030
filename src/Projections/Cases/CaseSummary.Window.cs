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
}
