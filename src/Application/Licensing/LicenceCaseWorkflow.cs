using System.Globalization;
using Marten;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Application.Licensing;

/// <summary>
/// The ID-only licence services (一证即办). When the case opens, the office looks the licence up by
/// the ID number instead of asking for the old card, records what it found as case.record_checked,
/// and refuses with the rule's code when the licence does not allow the business now. When the case
/// completes, the licence changes in the same transaction (the rule is asked again, at that moment).
/// Case details: licence.postpone {matter: renewal|review|medical, until: yyyy-MM-dd, reason};
/// licence.contact_change {phone, address, email}; licence.submit_medical {certificateNumber,
/// examinedOn}; licence.renew {medicalCertificate} optional; licence.review {failureReason} optional.
/// </summary>
public sealed class LicenceCaseWorkflow : ICaseWorkflow
{
    public const string ReplaceLost = "licence.replace_lost";
    public const string ReplaceDamaged = "licence.replace_damaged";
    public const string Renew = "licence.renew";
    public const string Postpone = "licence.postpone";
    public const string Review = "licence.review";
    public const string SubmitMedical = "licence.submit_medical";
    public const string ContactChange = "licence.contact_change";

    private const string Register = "driving licence register";
    private const string Hospitals = "networked hospital records";

    public IReadOnlyCollection<string> BusinessTypes { get; } =
        [ReplaceLost, ReplaceDamaged, Renew, Postpone, Review, SubmitMedical, ContactChange];

    public async Task<IReadOnlyList<RecordCheck>> CheckRecords(CaseOpening opening, IDocumentSession session,
        CancellationToken cancellation)
    {
        var licence = await session.LoadAsync<DrivingLicence>(LicenceStreamId.For(opening.ApplicantIdNumber), cancellation)
                      ?? throw LicenceStream.NoRecord(opening.ApplicantIdNumber);

        // Asking the rule now refuses the case with its code; the events are thrown away.
        Decide(opening.Type.Code, licence, opening.Details, opening.Actor.Channel, opening.Actor.Office, opening.CaseId,
            opening.Now);

        var today = LicenceCalendar.Today(opening.Now);
        var checks = new List<RecordCheck> { new(InternalChecks.LicenceRecord, Register, true, Describe(licence, today)) };
        if (opening.Type.InternalChecks.Contains(InternalChecks.MedicalCertificate))
            checks.Add(MedicalCheck(licence, opening.Details, today));
        return checks;
    }

    public async Task Fulfil(ServiceCase serviceCase, CommandContext context, DateTimeOffset now, IDocumentSession session,
        CancellationToken cancellation) =>
        await LicenceStream.Decide(session, serviceCase.ApplicantIdNumber, null, null, null,
            l => Decide(serviceCase.BusinessType, l, serviceCase.Details, serviceCase.Channel, context.Actor.Office,
                serviceCase.Id, now),
            cancellation);

    private static IReadOnlyList<object> Decide(string type, DrivingLicence l, IReadOnlyDictionary<string, string> details,
        string channel, string office, Guid caseId, DateTimeOffset now) => type switch
    {
        ReplaceLost => [LicenceRules.Replace(l, ReplacementReason.Lost, channel, office, caseId, now)],
        ReplaceDamaged => [LicenceRules.Replace(l, ReplacementReason.Damaged, channel, office, caseId, now)],
        Renew => [.. LicenceRules.Renew(l, office, caseId, now), .. MedicalWithRenewal(l, details, caseId, now)],
        Postpone => [LicenceRules.Postpone(l, Matter(details), Date(details, "until"), Text(details, "reason") ?? "", caseId, now)],
        Review => [LicenceRules.Review(l, Text(details, "failureReason"), caseId, now)],
        SubmitMedical => [LicenceRules.SubmitMedical(l, Text(details, "certificateNumber") ?? "", Date(details, "examinedOn"),
            caseId, now)],
        ContactChange => [LicenceRules.ChangeDetails(l, Phone(details), Text(details, "address"), Text(details, "email"), caseId, now)],
        _ => throw new InvalidOperationException($"{type} is not a licence case."),
    };

    /// <summary>A certificate found for the renewal is recorded with it, so the yearly medical is met too.</summary>
    private static IEnumerable<object> MedicalWithRenewal(DrivingLicence l, IReadOnlyDictionary<string, string> details,
        Guid caseId, DateTimeOffset now) =>
        Text(details, "medicalCertificate") is { } number
            ? [LicenceRules.SubmitMedical(l, number, LicenceCalendar.Today(now), caseId, now)]
            : [];

    private static string Describe(DrivingLicence l, DateOnly today) =>
        $"Licence {string.Join(" ", l.Classes)} of {ResidentIdNumber.Mask(l.HolderIdNumber)}, " +
        $"{(l.ValidUntil is { } until ? $"valid until {until:yyyy-MM-dd}" : "long-term")}, " +
        $"status {LicenceRules.EffectiveStatus(l, today).ToString().ToLowerInvariant()}, " +
        $"{LicenceRules.RecentReplacements(l, today)} replacement(s) in the last {LicenceRules.FrequentReplacementMonths} months.";

    private static RecordCheck MedicalCheck(DrivingLicence l, IReadOnlyDictionary<string, string> details, DateOnly today)
    {
        if (Text(details, "medicalCertificate") is { } number)
            return new RecordCheck(InternalChecks.MedicalCertificate, Hospitals, true, $"Certificate {number} found.");
        if (Text(details, "certificateNumber") is { } submitted)
            return new RecordCheck(InternalChecks.MedicalCertificate, Hospitals, true, $"Certificate {submitted} found.");
        return l.LastMedicalOn is { } last && last.AddYears(1) > today
            ? new RecordCheck(InternalChecks.MedicalCertificate, Register, true, $"Medical of {last:yyyy-MM-dd} on record.")
            : new RecordCheck(InternalChecks.MedicalCertificate, Hospitals, false,
                "No medical certificate of the last year found: the applicant brings one.");
    }

    private static string? Text(IReadOnlyDictionary<string, string> details, string key) =>
        details.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static DateOnly Date(IReadOnlyDictionary<string, string> details, string key) =>
        Text(details, key) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidFieldException($"details.{key}", "Expected a date as yyyy-MM-dd.");

    private static PostponedMatter Matter(IReadOnlyDictionary<string, string> details) =>
        Text(details, "matter") is { } text && Enum.TryParse<PostponedMatter>(text, true, out var matter)
                                            && Enum.IsDefined(matter) && !int.TryParse(text, out _)
            ? matter
            : throw new InvalidFieldException("details.matter", "Postpone one of: renewal, review, medical.");

    private static string? Phone(IReadOnlyDictionary<string, string> details)
    {
        var phone = Text(details, "phone");
        if (phone is not null && (phone.Length != 11 || phone[0] != '1' || !phone.All(char.IsAsciiDigit)))
            throw new InvalidFieldException("details.phone", "A mobile number has 11 digits and starts with 1.");
        return phone;
    }
}
