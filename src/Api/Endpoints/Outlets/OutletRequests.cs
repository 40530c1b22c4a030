namespace TrafficCqrs.Api.Endpoints.Outlets;

// Request bodies: business data only; the commissioning office is the caller's, from the token.

/// <param name="Code">The outlet's code, as its staff's tokens carry it (claim "outlet").</param>
/// <param name="Kind">dealer, used_car_market, insurer, post_office, rural_point, inspection_station or exam_venue.</param>
/// <param name="BusinessTypes">Catalogue codes the outlet may handle.</param>
/// <param name="Staff">User ids of the people who act for the outlet.</param>
/// <param name="ValidFrom">First day of the commission, yyyy-MM-dd.</param>
/// <param name="ValidUntil">Last day of the commission, inclusive, yyyy-MM-dd.</param>
public sealed record CommissionOutletRequest(
    string? Code,
    string? Name,
    string? Kind,
    List<string>? BusinessTypes,
    List<string>? Staff,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil);

public sealed record OutletReasonRequest(string? Reason, long? ExpectedVersion = null);

public sealed record OutletAuthorisationsRequest(List<string>? BusinessTypes, long? ExpectedVersion = null);

public sealed record OutletStaffRequest(List<string>? Staff, long? ExpectedVersion = null);

public sealed record OutletVersionResponse(Guid Id, string Code, long Version);

/// <param name="Carrier">ems, china_post or sf_express.</param>
public sealed record MailDocumentRequest(string? Carrier, string? TrackingNumber, long? ExpectedVersion = null);
