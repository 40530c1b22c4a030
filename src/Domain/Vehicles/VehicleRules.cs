using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Domain.Vehicles;

/// <summary>
/// What may happen to a vehicle and its inspection stations. Each decision takes the current state,
/// the command's data and the clock, and returns the event, or refuses with a rule code.
/// Inspection numbers are in <see cref="InspectionSchedule"/>; plate numbers in <see cref="PlateRules"/>.
/// </summary>
public static class VehicleRules
{
    public const string NotActive = "vehicle.not_active";
    public const string InvalidSeats = "vehicle.invalid_seats";
    public const string WrongOffice = "vehicle.wrong_office";
    public const string Seized = "vehicle.seized";
    public const string Stolen = "vehicle.reported_stolen";
    public const string MortgagedWithoutConsent = "vehicle.mortgaged_without_consent";
    public const string HoldsOutstanding = "vehicle.violations_or_accidents_outstanding";
    public const string TransferDeadlinePassed = "vehicle.transfer_deadline_passed";
    public const string SameOwner = "vehicle.same_owner";
    public const string NumberNotUsedLongEnough = "vehicle.number_not_used_long_enough";
    public const string NewPlateRequired = "vehicle.new_plate_required";
    public const string SameOffice = "vehicle.same_office";
    public const string NotTransferredOut = "vehicle.not_transferred_out";
    public const string StickerWindowNotOpen = "vehicle.sticker_window_not_open";
    public const string InsuranceNotValid = "vehicle.insurance_not_valid";
    public const string NotExempt = "vehicle.not_exempt";
    public const string StationInspectionRequired = "vehicle.station_inspection_required";
    public const string NoPassedInspection = "vehicle.no_passed_inspection";
    public const string StationNotRecognised = "vehicle.station_not_recognised";
    public const string CrossProvinceInspectionNotAllowed = "vehicle.cross_province_inspection_not_allowed";
    public const string CertificateNotByAgent = "vehicle.certificate_not_by_agent";
    public const string AlreadyMortgaged = "vehicle.already_mortgaged";
    public const string NotMortgaged = "vehicle.not_mortgaged";
    public const string AlreadySeized = "vehicle.already_seized";
    public const string NotSeized = "vehicle.not_seized";
    public const string AlreadyStolen = "vehicle.already_reported_stolen";
    public const string NotStolen = "vehicle.not_reported_stolen";
    public const string ReasonRequired = "vehicle.reason_required";
    public const string AlreadyRegistered = "vehicle.already_registered";
    public const string NotOwner = "vehicle.not_owner";
    public const string RecordCheckFailed = "vehicle.record_check_failed";
    public const string StationAlreadyRevoked = "station.already_revoked";

    /// <summary>Transfer registration is applied for within this many days of delivery.</summary>
    public const int TransferDeadlineDays = 30;

    /// <summary>A seller keeps the old number only after using it this long.</summary>
    public const int KeepNumberAfterYears = 1;

    /// <summary>A temporary plate issued on transfer-out is valid this many days.</summary>
    public const int TemporaryPlateDays = 30;

    /// <summary>A small or mini passenger car has at most this many seats.</summary>
    public const int SmallCarMaxSeats = 9;

    public static VehicleRegistered Register(Vin vin, string ownerIdNumber, VehicleKind kind, VehicleUse use,
        int seats, string plate, string office, DateTimeOffset now)
    {
        var maxSeats = kind == VehicleKind.SmallCar ? SmallCarMaxSeats : 99;
        if (seats < 1 || seats > maxSeats)
            throw new DomainRuleException(InvalidSeats, $"A {kind} has from 1 to {maxSeats} seats, not {seats}.");
        var today = OfficeCalendar.Today(now);
        return new VehicleRegistered(VehicleKeys.Vehicle(vin.Value), vin.Value, ownerIdNumber, kind, use, seats, plate,
            office, today, InspectionSchedule.FirstDue(kind, use, today), now);
    }

    /// <summary>转让登记 within the region; the plate goes with the vehicle unless the seller keeps the number.</summary>
    public static VehicleOwnershipTransferred Transfer(Vehicle v, string buyerIdNumber, DateOnly deliveredOn,
        bool lenderConsent, bool sellerKeepsNumber, string? newPlate, IReadOnlyList<string> outstandingHolds,
        string office, DateTimeOffset now)
    {
        EnsureActive(v);
        EnsureAtOffice(v, office);
        EnsureFreeToChangeHands(v, lenderConsent, outstandingHolds);
        var today = OfficeCalendar.Today(now);
        if (today > deliveredOn.AddDays(TransferDeadlineDays))
            throw new DomainRuleException(TransferDeadlinePassed,
                $"Transfer registration is applied for within {TransferDeadlineDays} days of delivery ({deliveredOn:yyyy-MM-dd}).");
        if (buyerIdNumber == v.OwnerIdNumber)
            throw new DomainRuleException(SameOwner, "The buyer already owns the vehicle.");
        if (sellerKeepsNumber)
        {
            if (today < v.PlateSince.AddYears(KeepNumberAfterYears))
                throw new DomainRuleException(NumberNotUsedLongEnough,
                    $"A seller keeps the number only after using it {KeepNumberAfterYears} year (since {v.PlateSince:yyyy-MM-dd}).");
            if (newPlate is null || newPlate == v.Plate)
                throw new DomainRuleException(NewPlateRequired, "The seller keeps the number: the buyer selects a new one.");
        }
        return new VehicleOwnershipTransferred(v.Id, v.Vin, v.OwnerIdNumber, buyerIdNumber, deliveredOn, v.Plate!,
            newPlate ?? v.Plate!, sellerKeepsNumber, now);
    }

    /// <summary>转出 by the origin office: the archive goes electronically, the owner drives on a temporary plate.</summary>
    public static VehicleTransferredOut TransferOut(Vehicle v, string destinationOffice, string temporaryPlate,
        bool lenderConsent, IReadOnlyList<string> outstandingHolds, long archiveVersion, string office,
        DateTimeOffset now)
    {
        EnsureActive(v);
        EnsureAtOffice(v, office);
        if (destinationOffice == v.Office)
            throw new DomainRuleException(SameOffice, "The destination is the office the vehicle is registered at.");
        EnsureFreeToChangeHands(v, lenderConsent, outstandingHolds);
        return new VehicleTransferredOut(v.Id, v.Vin, v.Office, destinationOffice, v.Plate!, temporaryPlate,
            OfficeCalendar.Today(now).AddDays(TemporaryPlateDays), archiveVersion, now);
    }

    /// <summary>转入 by the destination office, from the electronic archive, with a newly selected plate.</summary>
    public static VehicleTransferredIn TransferIn(Vehicle v, string office, string plate, long archiveVersion,
        DateTimeOffset now)
    {
        if (v.Status != VehicleStatus.TransferredOut)
            throw new DomainRuleException(NotTransferredOut, "The vehicle has not been transferred out by its office.");
        if (v.DestinationOffice != office)
            throw new DomainRuleException(WrongOffice,
                $"The vehicle was transferred out to office {v.DestinationOffice}, not {office}.");
        return new VehicleTransferredIn(v.Id, v.Vin, v.Office, office, v.OwnerIdNumber, plate, archiveVersion, now);
    }

    /// <summary>A station certifies an inspection; its certificate counts only if the station is recognised.</summary>
    public static VehicleInspected RecordInspection(Vehicle v, InspectionStation? station, bool passed,
        DateOnly inspectedOn, DateTimeOffset now)
    {
        EnsureActive(v);
        EnsureRecognised(station);
        if (station!.Province != v.HomeProvince && !InspectionSchedule.MayBeInspectedAwayFromHome(v.Kind))
            throw new DomainRuleException(CrossProvinceInspectionNotAllowed,
                $"A {v.Kind} is inspected in its home province ({v.HomeProvince}), not in {station.Province}.");
        return new VehicleInspected(v.Id, v.Vin, station.Code, station.Province, passed, inspectedOn, now);
    }

    /// <summary>
    /// The sticker for the next period: within the window before the due date, with violations and
    /// accidents cleared and compulsory insurance valid; exempt cars without a station, others on a
    /// passed inspection from a station still recognised.
    /// </summary>
    public static InspectionStickerIssued IssueSticker(Vehicle v, StickerMode mode, DateOnly insuranceValidUntil,
        IReadOnlyList<string> outstandingHolds, InspectionStation? inspectingStation, DateTimeOffset now)
    {
        EnsureActive(v);
        var today = OfficeCalendar.Today(now);
        var opens = InspectionSchedule.WindowOpens(v.InspectionDue);
        if (today < opens)
            throw new DomainRuleException(StickerWindowNotOpen,
                $"A sticker is applied for from {opens:yyyy-MM-dd}, {InspectionSchedule.StickerWindowMonths} months before the inspection falls due ({v.InspectionDue:yyyy-MM-dd}).");
        EnsureNoHolds(outstandingHolds);
        if (insuranceValidUntil < today)
            throw new DomainRuleException(InsuranceNotValid,
                $"The compulsory insurance ran out on {insuranceValidUntil:yyyy-MM-dd}.");

        string? stationCode = null;
        if (mode == StickerMode.Exempt)
        {
            if (!InspectionSchedule.IsExemptKind(v.Kind, v.Use, v.Seats))
                throw new DomainRuleException(NotExempt,
                    "Only private small passenger cars of up to 9 seats are exempt from station inspection.");
            if (!InspectionSchedule.IsExempt(v.Kind, v.Use, v.Seats, v.RegisteredOn, v.InspectionDue))
                throw new DomainRuleException(StationInspectionRequired,
                    $"The inspection due {v.InspectionDue:yyyy-MM-dd} is in the car's 6th year or later: it must go to a station.");
        }
        else
        {
            if (v.LastInspection is not { Passed: true } last || last.InspectedOn < opens)
                throw new DomainRuleException(NoPassedInspection,
                    $"No passed inspection since {opens:yyyy-MM-dd} is on record.");
            EnsureRecognised(inspectingStation);
            stationCode = last.StationCode;
        }

        return new InspectionStickerIssued(v.Id, v.Vin, mode, v.InspectionDue,
            InspectionSchedule.NextDue(v.Kind, v.Use, v.RegisteredOn, v.InspectionDue), stationCode,
            insuranceValidUntil, now);
    }

    public static VehiclePlateReplaced ReplacePlate(Vehicle v, string reason, DateTimeOffset now)
    {
        EnsureActive(v);
        return new VehiclePlateReplaced(v.Id, v.Vin, v.Plate!, Reason(reason), now);
    }

    public static VehicleLicenceReplaced ReplaceLicence(Vehicle v, string reason, DateTimeOffset now)
    {
        EnsureActive(v);
        return new VehicleLicenceReplaced(v.Id, v.Vin, Reason(reason), now);
    }

    /// <summary>The registration certificate proves ownership: it is replaced at an office, never by an agent.</summary>
    public static RegistrationCertificateReplaced ReplaceCertificate(Vehicle v, Actor actor, string reason,
        DateTimeOffset now)
    {
        if (actor.Outlet is not null || actor.HasRole("agent"))
            throw new DomainRuleException(CertificateNotByAgent,
                "A registration certificate is replaced by the office itself, not by a commissioned agent.");
        EnsureActive(v);
        return new RegistrationCertificateReplaced(v.Id, v.Vin, Reason(reason), now);
    }

    public static InspectionStickerReplaced ReplaceSticker(Vehicle v, string reason, DateTimeOffset now)
    {
        EnsureActive(v);
        return new InspectionStickerReplaced(v.Id, v.Vin, Reason(reason), now);
    }

    public static VehicleMortgaged Mortgage(Vehicle v, string lender, DateTimeOffset now)
    {
        EnsureActive(v);
        if (v.IsMortgaged)
            throw new DomainRuleException(AlreadyMortgaged, $"The vehicle is already mortgaged to {v.MortgageLender}.");
        return new VehicleMortgaged(v.Id, v.Vin, Reason(lender), now);
    }

    public static VehicleMortgageReleased ReleaseMortgage(Vehicle v, DateTimeOffset now) =>
        EnsureNotDeregistered(v).IsMortgaged
            ? new VehicleMortgageReleased(v.Id, v.Vin, now)
            : throw new DomainRuleException(NotMortgaged, "The vehicle is not mortgaged.");

    public static VehicleSeized Seize(Vehicle v, string authority, string reason, DateTimeOffset now)
    {
        EnsureNotDeregistered(v);
        if (v.Seized) throw new DomainRuleException(AlreadySeized, "The vehicle is already seized.");
        return new VehicleSeized(v.Id, v.Vin, Reason(authority), Reason(reason), now);
    }

    public static VehicleSeizureReleased ReleaseSeizure(Vehicle v, DateTimeOffset now) =>
        EnsureNotDeregistered(v).Seized
            ? new VehicleSeizureReleased(v.Id, v.Vin, now)
            : throw new DomainRuleException(NotSeized, "The vehicle is not seized.");

    public static VehicleReportedStolen ReportStolen(Vehicle v, string reportReference, DateTimeOffset now)
    {
        EnsureNotDeregistered(v);
        if (v.Stolen) throw new DomainRuleException(AlreadyStolen, "The vehicle is already reported stolen.");
        return new VehicleReportedStolen(v.Id, v.Vin, Reason(reportReference), now);
    }

    public static VehicleRecovered Recover(Vehicle v, DateTimeOffset now) =>
        EnsureNotDeregistered(v).Stolen
            ? new VehicleRecovered(v.Id, v.Vin, now)
            : throw new DomainRuleException(NotStolen, "The vehicle is not reported stolen.");

    public static VehicleDeregistered Deregister(Vehicle v, string reason, DateTimeOffset now)
    {
        if (v.Status == VehicleStatus.Deregistered)
            throw new DomainRuleException(NotActive, "The vehicle is already deregistered.");
        return new VehicleDeregistered(v.Id, v.Vin, Reason(reason), v.Plate, now);
    }

    public static StationRecognised RecogniseStation(string code, string name, string province, DateTimeOffset now) =>
        new(VehicleKeys.Station(code), code, Reason(name), province, now);

    public static StationRecognitionRevoked RevokeStation(InspectionStation station, string reason, DateTimeOffset now)
    {
        if (!station.Recognised)
            throw new DomainRuleException(StationAlreadyRevoked, $"Station {station.Code} has already lost recognition.");
        return new StationRecognitionRevoked(station.Id, station.Code, Reason(reason), now);
    }

    private static void EnsureActive(Vehicle v)
    {
        if (v.Status != VehicleStatus.Registered)
            throw new DomainRuleException(NotActive, v.Status == VehicleStatus.TransferredOut
                ? $"The vehicle has been transferred out to office {v.DestinationOffice}; it is registered there next."
                : "The vehicle has been deregistered.");
    }

    /// <summary>Holds may be placed and lifted in transit (transferred out), but not once the vehicle left the register.</summary>
    private static Vehicle EnsureNotDeregistered(Vehicle v) =>
        v.Status == VehicleStatus.Deregistered
            ? throw new DomainRuleException(NotActive, "The vehicle has been deregistered.")
            : v;

    private static void EnsureAtOffice(Vehicle v, string office)
    {
        if (v.Office != office)
            throw new DomainRuleException(WrongOffice, $"The vehicle is registered at office {v.Office}, not {office}.");
    }

    private static void EnsureFreeToChangeHands(Vehicle v, bool lenderConsent, IReadOnlyList<string> outstandingHolds)
    {
        if (v.Seized) throw new DomainRuleException(Seized, "The vehicle is seized; it cannot change hands.");
        if (v.Stolen) throw new DomainRuleException(Stolen, "The vehicle is reported stolen.");
        if (v.IsMortgaged && !lenderConsent)
            throw new DomainRuleException(MortgagedWithoutConsent,
                $"The vehicle is mortgaged to {v.MortgageLender}; the lender's consent is needed.");
        EnsureNoHolds(outstandingHolds);
    }

    private static void EnsureNoHolds(IReadOnlyList<string> outstandingHolds)
    {
        if (outstandingHolds.Count > 0)
            throw new DomainRuleException(HoldsOutstanding,
                "Violations or accidents are not cleared: " + string.Join("; ", outstandingHolds));
    }

    private static void EnsureRecognised(InspectionStation? station)
    {
        if (station is not { Recognised: true })
            throw new DomainRuleException(StationNotRecognised, station is null
                ? "The station is not a recognised inspection station."
                : $"Station {station.Code} lost recognition; its certificates are not accepted.");
    }

    private static string Reason(string value) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new DomainRuleException(ReasonRequired, "A reason, name or reference is required.")
            : value.Trim();
}
