using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Projections.Identities;

/// <summary>
/// A case as it appears in a person's history across channels (window, kiosk, online, outlet): where
/// it was done, on what identity, and what was mailed. Also counts an outlet's daily activity.
/// Holds the full ID number: personal data, served only to those handling or supervising cases.
/// </summary>
public sealed class PersonCase
{
    public Guid Id { get; set; }
    public string IdNumber { get; set; } = "";
    public string BusinessType { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Office { get; set; } = "";
    public string? Counter { get; set; }
    public string? Outlet { get; set; }
    public CaseStatus Status { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Where the applicant's identity came from when the case opened, e.g. "identity verification online_identity_platform".</summary>
    public string? IdentitySource { get; set; }

    public List<MailingEntry> Mailings { get; set; } = [];
}

public sealed record MailingEntry(string Carrier, string TrackingNumber, DateTimeOffset MailedAt);
