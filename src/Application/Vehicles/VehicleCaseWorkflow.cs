using System.Globalization;
using Marten;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Identities;
using TrafficCqrs.Domain.Vehicles;
using TrafficCqrs.Projections.Vehicles;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>The keys of a vehicle case's details.</summary>
public static class VehicleCaseDetails
{
    public const string Kind = "kind";                             // small_car, truck …
    public const string Use = "use";                               // private, commercial
    public const string Seats = "seats";
    public const string Plate = "plate";                           // the selected number (register, transfer in)
    public const string InsurancePolicy = "insurancePolicy";       // 交强险 policy number, verified online
    public const string InsuranceValidUntil = "insuranceValidUntil";
    public const string PurchaseTaxReceipt = "purchaseTaxReceipt"; // 车辆购置税 record, verified online
    public const string DeliveredOn = "deliveredOn";
    public const string LenderConsent = "lenderConsent";
    public const string SellerKeepsNumber = "sellerKeepsNumber";
    public const string NewPlate = "newPlate";
    public const string DestinationOffice = "destinationOffice";
    public const string Reason = "reason";
}

/// <summary>
/// Vehicle business through a service case. When the case opens, the office's own records stand in
/// for paper (一证即办): the vehicle record, plate selection, insurance, purchase tax, violations and
/// accidents — each check recorded on the case. When the case completes, the business takes effect on
/// the vehicle's and plates' streams in the same transaction. A dealer outlet registers a new car in one
/// case this way: the number selected, insurance and tax verified, the vehicle registered.
/// </summary>
public sealed class VehicleCaseWorkflow(IVehicleHolds holds) : ICaseWorkflow
{
    private const string RegisterNew = "vehicle.register_new";
    private const string Transfer = "vehicle.transfer";
    private const string TransferOutType = "vehicle.transfer_out";
    private const string TransferInType = "vehicle.transfer_in";
    private const string ReplacePlate = "vehicle.replace_plate";
    private const string ReplaceLicence = "vehicle.replace_vehicle_licence";
    private const string ReplaceCertificate = "vehicle.replace_certificate";
    private const string ReplaceSticker = "vehicle.replace_sticker";
    private const string ExemptSticker = "vehicle.exempt_sticker";
    private const string ContactChange = "vehicle.contact_change";
    private const string PlateSelection = "plate_selection";
    private const string OwnRecords = "vehicle register";
    private const string Networked = "networked record";

    public IReadOnlyCollection<string> BusinessTypes { get; } =
    [
        RegisterNew, Transfer, TransferOutType, TransferInType, ReplacePlate, ReplaceLicence, ReplaceCertificate,
        ReplaceSticker, ExemptSticker, ContactChange,
    ];

    public async Task<IReadOnlyList<RecordCheck>> CheckRecords(CaseOpening opening, IDocumentSession session,
        CancellationToken cancellation)
    {
        var checks = new List<RecordCheck>();
        // Online and at an outlet the case already carries the identity verification it relies on.
        if (!IdentityRules.ChannelsNeedingVerification.Contains(opening.Actor.Channel))
            checks.Add(new(InternalChecks.Identity, "resident identity record", true, "ID number verified"));
        var today = OfficeCalendar.Today(opening.Now);
        string? vin;
        if (opening.Type.Code == RegisterNew)
        {
            // A case may open before the VIN or number is known; completion then waits for passing checks.
            vin = string.IsNullOrWhiteSpace(opening.Subject) ? null : VehicleInput.Vin(opening.Subject, "subject");
            if (vin is not null && await VehicleQueries.ByVin(session, vin, cancellation) is not null)
                throw new DomainRuleException(VehicleRules.AlreadyRegistered, $"VIN {vin} is already registered.");
            checks.Add(vin is null
                ? new RecordCheck(PlateSelection, "plate registry", false, "no VIN given as the case's subject")
                : await CheckPlate(session, Detail(opening.Details, VehicleCaseDetails.Plate), vin,
                    opening.ApplicantIdNumber, today, cancellation));
        }
        else
        {
            var vehicle = await Resolve(session, opening.Subject, opening.ApplicantIdNumber, cancellation);
            if (vehicle is null)
            {
                checks.Add(new RecordCheck(InternalChecks.VehicleRecord, OwnRecords, false,
                    string.IsNullOrWhiteSpace(opening.Subject)
                        ? "the applicant owns no registered vehicle"
                        : $"no vehicle {opening.Subject} is registered"));
                return checks;
            }
            vin = vehicle.Vin;
            // The buyer applies for a transfer; every other vehicle service is the owner's.
            var applicantIsOwner = vehicle.OwnerIdNumber == opening.ApplicantIdNumber;
            if (opening.Type.Code != Transfer && !applicantIsOwner)
                throw new DomainRuleException(VehicleRules.NotOwner, "The applicant is not the vehicle's owner.");
            if (opening.Type.Code == ReplaceCertificate)
                VehicleRules.ReplaceCertificate(await Decision(session, vin, cancellation), opening.Actor, "check",
                    opening.Now);
            if (opening.Type.Code == TransferInType)
                checks.Add(await CheckPlate(session, Detail(opening.Details, VehicleCaseDetails.Plate), vin,
                    opening.ApplicantIdNumber, today, cancellation));
            checks.Add(new RecordCheck(InternalChecks.VehicleRecord, OwnRecords, true,
                $"{vehicle.Vin} {vehicle.Plate ?? vehicle.TemporaryPlate} {vehicle.Status}; " +
                $"seized: {vehicle.Holds.Seized}, stolen: {vehicle.Holds.Stolen}, mortgaged: {vehicle.Holds.Mortgaged}"));
        }

        var wanted = opening.Type.InternalChecks;
        if (wanted.Contains(InternalChecks.CompulsoryInsurance))
            checks.Add(CheckInsurance(opening.Details, today));
        if (wanted.Contains(InternalChecks.PurchaseTax))
        {
            var receipt = Detail(opening.Details, VehicleCaseDetails.PurchaseTaxReceipt);
            checks.Add(new RecordCheck(InternalChecks.PurchaseTax, Networked, receipt is not null,
                receipt is null ? "no purchase tax record given" : $"purchase tax record {receipt} verified"));
        }
        if (vin is not null && (wanted.Contains(InternalChecks.ViolationsCleared) || wanted.Contains(InternalChecks.AccidentsCleared)))
        {
            var outstanding = await holds.Outstanding(session, vin, cancellation);
            foreach (var (check, kind) in new[]
                     {
                         (InternalChecks.ViolationsCleared, OutstandingHold.Violation),
                         (InternalChecks.AccidentsCleared, OutstandingHold.Accident),
                     }.Where(x => wanted.Contains(x.Item1)))
            {
                var open = outstanding.Where(h => h.Kind == kind).ToList();
                checks.Add(new RecordCheck(check, OwnRecords, open.Count == 0,
                    open.Count == 0 ? "none outstanding" : string.Join("; ", open.Select(h => h.Reference))));
            }
        }
        return checks;
    }

    public async Task Fulfil(ServiceCase c, CommandContext context, DateTimeOffset now, IDocumentSession session,
        CancellationToken cancellation)
    {
        if (c.Checks.FirstOrDefault(x => !x.Passed) is { } failed)
            throw new DomainRuleException(VehicleRules.RecordCheckFailed,
                $"The check '{failed.Check}' did not pass when the case was opened: {failed.Detail}.");
        var actor = context.Actor;
        var d = c.Details;
        switch (c.BusinessType)
        {
            case RegisterNew:
                await RegisterVehicleHandler.Register(session, actor, c.Subject, c.ApplicantIdNumber,
                    Detail(d, VehicleCaseDetails.Kind), Detail(d, VehicleCaseDetails.Use),
                    Int(d, VehicleCaseDetails.Seats), Detail(d, VehicleCaseDetails.Plate), now, cancellation);
                return;
            case Transfer:
                await TransferOwnershipHandler.Transfer(session, holds, actor, await VinOf(session, c, cancellation),
                    c.ApplicantIdNumber, Date(d, VehicleCaseDetails.DeliveredOn) ?? OfficeCalendar.Today(now),
                    Flag(d, VehicleCaseDetails.LenderConsent), Flag(d, VehicleCaseDetails.SellerKeepsNumber),
                    Detail(d, VehicleCaseDetails.NewPlate), null, now, cancellation);
                return;
            case TransferOutType:
                await TransferOutHandler.Send(session, holds, actor, await VinOf(session, c, cancellation),
                    Detail(d, VehicleCaseDetails.DestinationOffice), Flag(d, VehicleCaseDetails.LenderConsent), null,
                    now, cancellation);
                return;
            case TransferInType:
                await TransferInHandler.Receive(session, actor, await VinOf(session, c, cancellation),
                    Detail(d, VehicleCaseDetails.Plate), null, now, cancellation);
                return;
            case ExemptSticker:
                await IssueStickerHandler.Issue(session, holds, await VinOf(session, c, cancellation), StickerMode.Exempt,
                    Date(d, VehicleCaseDetails.InsuranceValidUntil) ?? DateOnly.MinValue, null, now, cancellation);
                return;
            case ReplacePlate or ReplaceLicence or ReplaceCertificate or ReplaceSticker:
                var document = c.BusinessType switch
                {
                    ReplacePlate => VehicleDocument.Plate,
                    ReplaceLicence => VehicleDocument.VehicleLicence,
                    ReplaceCertificate => VehicleDocument.RegistrationCertificate,
                    _ => VehicleDocument.Sticker,
                };
                var stream = await VehicleStream.Load(session, await VinOf(session, c, cancellation), null, cancellation);
                VehicleStream.Append(stream, ReplaceVehicleDocumentHandler.Decide(stream.Aggregate!, document, actor,
                    Detail(d, VehicleCaseDetails.Reason) ?? "lost or damaged", now));
                return;
        }
        // Contact change: the check was the business; nothing on the vehicle's stream changes.
    }

    /// <summary>The vehicle a case is about: its VIN or plate as the subject, or the applicant's only vehicle.</summary>
    private static async Task<VehicleRecord?> Resolve(IQuerySession session, string? subject, string applicant,
        CancellationToken cancellation)
    {
        if (!string.IsNullOrWhiteSpace(subject))
        {
            var bySubject = Domain.Identifiers.Vin.TryParse(subject, out var vin, out _)
                ? await VehicleQueries.ByVin(session, vin.Value, cancellation)
                : PlateNumber.TryNormalise(subject, out var plate, out _)
                    ? await VehicleQueries.ByPlate(session, plate, cancellation)
                    : throw new InvalidFieldException("subject", "The subject is the vehicle's VIN or plate number.");
            return bySubject;
        }
        var owned = await session.Query<VehicleRecord>()
            .Where(v => v.OwnerIdNumber == applicant && v.Status != VehicleStatus.Deregistered)
            .Take(2).ToListAsync(cancellation);
        return owned.Count switch
        {
            1 => owned[0],
            0 => null,
            _ => throw new InvalidFieldException("subject", "The applicant owns several vehicles: name the VIN or plate."),
        };
    }

    private static async Task<string> VinOf(IQuerySession session, ServiceCase c, CancellationToken cancellation) =>
        (await Resolve(session, c.Subject, c.ApplicantIdNumber, cancellation))?.Vin
        ?? throw new NotFoundException($"No vehicle {c.Subject} is registered for the applicant.");

    private static async Task<Vehicle> Decision(IQuerySession session, string vin, CancellationToken cancellation) =>
        await session.Events.AggregateStreamAsync<Vehicle>(VehicleKeys.Vehicle(vin), token: cancellation)
        ?? throw new NotFoundException($"No vehicle with VIN {vin} is registered.");

    private static async Task<RecordCheck> CheckPlate(IQuerySession session, string? number, string vin,
        string applicant, DateOnly today, CancellationToken cancellation)
    {
        var plate = VehicleInput.Plate(number, "details.plate");
        var state = await session.Events.AggregateStreamAsync<Plate>(VehicleKeys.Plate(plate), token: cancellation);
        var ok = state switch
        {
            { Status: PlateStatus.Selected } p => p.Vin == vin && p.HolderIdNumber == applicant,
            { Status: PlateStatus.Retained } p => p.HolderIdNumber == applicant && p.RetainedUntil >= today,
            _ => false,
        };
        return new RecordCheck(PlateSelection, "plate registry", ok,
            ok ? $"{plate} held for the applicant" : $"{plate} was not selected by the applicant for {vin}");
    }

    private static RecordCheck CheckInsurance(IReadOnlyDictionary<string, string> details, DateOnly today)
    {
        var policy = Detail(details, VehicleCaseDetails.InsurancePolicy);
        var until = Date(details, VehicleCaseDetails.InsuranceValidUntil);
        var ok = policy is not null && (until is null || until >= today);
        return new RecordCheck(InternalChecks.CompulsoryInsurance, Networked, ok,
            ok ? $"policy {policy} valid" : policy is null ? "no compulsory insurance policy given" : $"policy {policy} ran out on {until:yyyy-MM-dd}");
    }

    private static string? Detail(IReadOnlyDictionary<string, string> details, string key) =>
        details.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool Flag(IReadOnlyDictionary<string, string> details, string key) =>
        bool.TryParse(Detail(details, key), out var flag) && flag;

    private static int Int(IReadOnlyDictionary<string, string> details, string key) =>
        int.TryParse(Detail(details, key), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidFieldException("details." + key, "Expected a whole number.");

    private static DateOnly? Date(IReadOnlyDictionary<string, string> details, string key) =>
        Detail(details, key) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new InvalidFieldException("details." + key, "Expected a date as yyyy-MM-dd.");
}
