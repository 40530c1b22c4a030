namespace TrafficCqrs.Api.Endpoints.Licensing;

// Request bodies for licences and exams: business data only; who acts and where comes from the token.

/// <param name="Until">Last day of the suspension, yyyy-MM-dd.</param>
public sealed record SuspendLicenceRequest(DateOnly? Until, string? Reason, long? ExpectedVersion = null);

public sealed record LicenceReasonRequest(string? Reason, long? ExpectedVersion = null);

/// <param name="SubjectOnePassed">Subject 1 passed again (needed after 12 points or a cancellation).</param>
public sealed record RestoreLicenceRequest(string? Reason, bool SubjectOnePassed = false, long? ExpectedVersion = null);

public sealed record LicenceVersionRequest(long? ExpectedVersion = null);

/// <param name="ViolationId">The violation the points are for; a repeat is ignored.</param>
/// <param name="Points">12, 9, 6, 3 or 1.</param>
/// <param name="CommittedOn">The day of the violation, yyyy-MM-dd.</param>
public sealed record RecordPointsRequest(Guid? ViolationId, int Points, DateOnly? CommittedOn);

public sealed record StudyPointsRequest(int Points, long? ExpectedVersion = null);

public sealed record ReviewEducationRequest(decimal Hours, bool UnresolvedViolationsOrAccidents = false, long? ExpectedVersion = null);

public sealed record LicenceVersionResponse(string HolderIdNumber, Guid LicenceId, long Version);

/// <param name="LicenceClass">The class applied for, e.g. C1.</param>
/// <param name="HasResidencePermit">A residence permit (居住证) is shown, for applying outside the home province.</param>
public sealed record FileExamApplicationRequest(string? ApplicantIdNumber, string? LicenceClass, bool HasResidencePermit = false,
    Guid? ApplicationId = null);

/// <param name="Subject">1, 2, 3 or 4.</param>
/// <param name="Date">The exam day, yyyy-MM-dd.</param>
/// <param name="Office">The exam office; the application's office when not given.</param>
public sealed record BookExamRequest(int Subject, DateOnly? Date, string? Office = null, Guid? BookingId = null,
    long? ExpectedVersion = null);

public sealed record ExamScoreRequest(int? Score, long? ExpectedVersion = null);

public sealed record ExamVersionRequest(long? ExpectedVersion = null);
