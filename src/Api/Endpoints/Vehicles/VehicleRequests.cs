using System.Globalization;
using TrafficCqrs.Application.Common;

namespace TrafficCqrs.Api.Endpoints.Vehicles;

// Request bodies: business data only; who acts and from which office comes from the caller's token.
// Dates are yyyy-MM-dd.

public sealed record OfferPlatesRequest(string? ApplicantIdNumber, string? Vin, string? Prefix);

public sealed record SelectPlateRequest(Guid OfferId, string? Number);

/// <param name="Kind">small_car, medium_bus, large_bus, school_bus, truck, motorcycle.</param>
/// <param name="Use">private or commercial.</param>
/// <param name="Plate">A number the owner selected for this VIN, or one the owner kept from a sold vehicle.</param>
public sealed record RegisterVehicleRequest(string? Vin, string? OwnerIdNumber, string? Kind, string? Use, int Seats,
    string? Plate);

/// <param name="SellerKeepsNumber">The seller keeps the number (used ≥ 1 year); the buyer then brings <paramref name="NewPlate"/>.</param>
public sealed record TransferOwnershipRequest(string? BuyerIdNumber, string? DeliveredOn, bool LenderConsent = false,
    bool SellerKeepsNumber = false, string? NewPlate = null, long? ExpectedVersion = null);

public sealed record TransferOutRequest(string? DestinationOffice, bool LenderConsent = false, long? ExpectedVersion = null);

/// <param name="ExpectedVersion">The archive version the destination clerk reviewed.</param>
public sealed record TransferInRequest(string? Plate, long? ExpectedVersion = null);

public sealed record RecordInspectionRequest(string? StationCode, bool Passed, string? InspectedOn,
    long? ExpectedVersion = null);

/// <param name="Mode">in_person (after a station inspection) or exempt.</param>
public sealed record IssueStickerRequest(string? Mode, string? InsuranceValidUntil, long? ExpectedVersion = null);

/// <param name="Document">plate, vehicle_licence, registration_certificate or sticker.</param>
public sealed record ReplaceDocumentRequest(string? Document, string? Reason, long? ExpectedVersion = null);

/// <param name="Change">mortgage, release_mortgage, seize, release_seizure, report_stolen, recover.</param>
/// <param name="Party">The lender, the seizing authority, or the theft report's reference.</param>
public sealed record ChangeHoldRequest(string? Change, string? Party = null, string? Reason = null,
    long? ExpectedVersion = null);

public sealed record DeregisterRequest(string? Reason, long? ExpectedVersion = null);

public sealed record RecogniseStationRequest(string? Code, string? Name, string? Province);

public sealed record RevokeStationRequest(string? Reason);

internal static class RequestDates
{
    public static DateOnly Parse(string field, string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new InvalidFieldException(field, "Expected a date as yyyy-MM-dd.");
}
