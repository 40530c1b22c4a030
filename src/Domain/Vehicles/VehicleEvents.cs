using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Vehicles;

// One stream per vehicle, keyed by its VIN (VehicleKeys.Vehicle). The stream is the vehicle's
// electronic archive (电子档案): another office reads it instead of a paper file.
// Who acted, where and through which channel travels as event metadata, not in these payloads.

/// <summary>注册登记: a new vehicle entered the register with its first owner and plate.</summary>
[EventName("vehicle.registered")]
public sealed record VehicleRegistered(
    Guid VehicleId,
    string Vin,
    string OwnerIdNumber,
    VehicleKind Kind,
    VehicleUse Use,
    int Seats,
    string Plate,
    string Office,
    DateOnly RegisteredOn,
    DateOnly InspectionDue,
    DateTimeOffset RegisteredAt);

/// <summary>转让登记: the vehicle changed hands within the region.</summary>
/// <param name="SellerKeptNumber">The seller kept the old number for a later vehicle; the vehicle took <paramref name="Plate"/>.</param>
[EventName("vehicle.ownership_transferred")]
public sealed record VehicleOwnershipTransferred(
    Guid VehicleId,
    string Vin,
    string SellerIdNumber,
    string BuyerIdNumber,
    DateOnly DeliveredOn,
    string PreviousPlate,
    string Plate,
    bool SellerKeptNumber,
    DateTimeOffset TransferredAt);

/// <summary>
/// 转出: the origin office annotated the registration certificate, made the electronic archive
/// available to the destination office, released the plate and issued a temporary plate.
/// </summary>
[EventName("vehicle.transferred_out")]
public sealed record VehicleTransferredOut(
    Guid VehicleId,
    string Vin,
    string OriginOffice,
    string DestinationOffice,
    string ReleasedPlate,
    string TemporaryPlate,
    DateOnly TemporaryPlateValidUntil,
    long ArchiveVersion,
    DateTimeOffset TransferredOutAt);

/// <summary>转入: the destination office registered the vehicle from its electronic archive, with a new plate.</summary>
/// <param name="ArchiveVersionReviewed">The archive version the destination relied on, instead of paper.</param>
[EventName("vehicle.transferred_in")]
public sealed record VehicleTransferredIn(
    Guid VehicleId,
    string Vin,
    string OriginOffice,
    string Office,
    string OwnerIdNumber,
    string Plate,
    long ArchiveVersionReviewed,
    DateTimeOffset TransferredInAt);

/// <summary>A station inspected the vehicle (安全技术检验) and certified the result.</summary>
[EventName("vehicle.inspected")]
public sealed record VehicleInspected(
    Guid VehicleId,
    string Vin,
    string StationCode,
    string StationProvince,
    bool Passed,
    DateOnly InspectedOn,
    DateTimeOffset RecordedAt);

/// <summary>检验合格标志 or 免检标志: the inspection sticker for the period ending at <paramref name="ValidUntil"/>.</summary>
[EventName("vehicle.sticker_issued")]
public sealed record InspectionStickerIssued(
    Guid VehicleId,
    string Vin,
    StickerMode Mode,
    DateOnly PreviousDue,
    DateOnly ValidUntil,
    string? StationCode,
    DateOnly InsuranceValidUntil,
    DateTimeOffset IssuedAt);

[EventName("vehicle.plate_replaced")]
public sealed record VehiclePlateReplaced(Guid VehicleId, string Vin, string Plate, string Reason, DateTimeOffset ReplacedAt);

/// <summary>The vehicle licence (行驶证) was replaced.</summary>
[EventName("vehicle.licence_replaced")]
public sealed record VehicleLicenceReplaced(Guid VehicleId, string Vin, string Reason, DateTimeOffset ReplacedAt);

/// <summary>The registration certificate (登记证书) was replaced.</summary>
[EventName("vehicle.certificate_replaced")]
public sealed record RegistrationCertificateReplaced(Guid VehicleId, string Vin, string Reason, DateTimeOffset ReplacedAt);

[EventName("vehicle.sticker_replaced")]
public sealed record InspectionStickerReplaced(Guid VehicleId, string Vin, string Reason, DateTimeOffset ReplacedAt);

/// <summary>抵押登记: the vehicle secures a loan; the lender's consent is needed to sell it.</summary>
[EventName("vehicle.mortgaged")]
public sealed record VehicleMortgaged(Guid VehicleId, string Vin, string Lender, DateTimeOffset MortgagedAt);

[EventName("vehicle.mortgage_released")]
public sealed record VehicleMortgageReleased(Guid VehicleId, string Vin, DateTimeOffset ReleasedAt);

/// <summary>查封: a court or authority seized the vehicle; nothing may change hands until released.</summary>
[EventName("vehicle.seized")]
public sealed record VehicleSeized(Guid VehicleId, string Vin, string Authority, string Reason, DateTimeOffset SeizedAt);

[EventName("vehicle.seizure_released")]
public sealed record VehicleSeizureReleased(Guid VehicleId, string Vin, DateTimeOffset ReleasedAt);

[EventName("vehicle.reported_stolen")]
public sealed record VehicleReportedStolen(Guid VehicleId, string Vin, string ReportReference, DateTimeOffset ReportedAt);

[EventName("vehicle.recovered")]
public sealed record VehicleRecovered(Guid VehicleId, string Vin, DateTimeOffset RecoveredAt);

/// <summary>注销登记: the vehicle left the register; its plate number returns to the pool.</summary>
[EventName("vehicle.deregistered")]
public sealed record VehicleDeregistered(Guid VehicleId, string Vin, string Reason, string? ReleasedPlate,
    DateTimeOffset DeregisteredAt);
