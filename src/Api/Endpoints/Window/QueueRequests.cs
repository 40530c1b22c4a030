namespace TrafficCqrs.Api.Endpoints.WindowService;

// Request bodies of the queue. The office and counter come from the caller's token.

/// <param name="BusinessType">A code from the catalogue, e.g. licence.replace_lost.</param>
/// <param name="TicketId">Optional client-chosen id; a repeat with the same id is answered 409.</param>
public sealed record IssueTicketRequest(string? BusinessType, Guid? TicketId = null);

/// <summary>
/// What a clerk enters to open the case of a called ticket: the ID number read from the card and,
/// when the business needs them, its subject and details. There is no field for a paper document:
/// the office checks its own and networked records instead (four waivers).
/// </summary>
/// <param name="Details">The business type's own parameters; for a vehicle business, "vinPhoto" is the
/// reference of the recorded VIN photo that replaces the rubbing.</param>
public sealed record OpenCaseFromTicketRequest(
    string? ApplicantIdNumber,
    string? Subject = null,
    Dictionary<string, string>? Details = null,
    Guid? CaseId = null);

/// <param name="CaseId">The case the applicant came back for.</param>
public sealed record ResumeCaseRequest(Guid? CaseId, long? ExpectedVersion = null);

/// <param name="Reason">Why the applicant must come back, as told to them.</param>
public sealed record ReturnVisitRequest(string? Reason);

public sealed record TicketResponse(Guid Id, int Number, DateOnly Day, long Version);
