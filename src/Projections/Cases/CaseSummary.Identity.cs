namespace TrafficCqrs.Projections.Cases;

/// <summary>What a person's history across channels shows of the case besides the list's fields.</summary>
public sealed partial class CaseSummary
{
    /// <summary>Where the applicant's identity came from when the case opened, e.g. "identity verification online_identity_platform".</summary>
    public string? IdentitySource { get; set; }

    public List<MailingEntry> Mailings { get; set; } = [];
}

public sealed record MailingEntry(string Carrier, string TrackingNumber, DateTimeOffset MailedAt);
