using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Outlets;

/// <summary>
/// The new document (a licence, a vehicle licence, a sticker) was posted to the applicant instead of
/// being collected (邮寄): the carrier and its tracking number, kept on the case.
/// </summary>
[EventName("case.document_mailed")]
public sealed record CaseDocumentMailed(Guid CaseId, string Carrier, string TrackingNumber, DateTimeOffset MailedAt);

/// <summary>When a case's new document may be mailed.</summary>
public static class MailingRules
{
    public const string NotCompleted = "mailing.case_not_completed";
    public const string NothingToMail = "mailing.nothing_to_mail";

    /// <summary>Carriers the office posts documents with.</summary>
    public static readonly IReadOnlyList<string> Carriers = ["ems", "china_post", "sf_express"];

    /// <summary>The business types that end with a new document in the applicant's hands.</summary>
    public static readonly IReadOnlyList<string> IssuesDocument =
    [
        "licence.replace_lost", "licence.replace_damaged", "licence.renew",
        "vehicle.replace_plate", "vehicle.replace_vehicle_licence", "vehicle.replace_sticker", "vehicle.exempt_sticker",
        "vehicle.register_new", "vehicle.register_motorcycle", "vehicle.transfer",
    ];

    public static CaseDocumentMailed Mail(ServiceCase c, string carrier, string trackingNumber, DateTimeOffset now)
    {
        if (!IssuesDocument.Contains(c.BusinessType, StringComparer.OrdinalIgnoreCase))
            throw new DomainRuleException(NothingToMail, $"{c.BusinessType} issues no document to mail.");
        if (c.Status != CaseStatus.Completed)
            throw new DomainRuleException(NotCompleted, "The new document is mailed once the case is completed.");
        return new CaseDocumentMailed(c.Id, carrier, trackingNumber, now);
    }
}
