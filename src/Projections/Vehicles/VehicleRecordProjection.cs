using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Vehicles;
using TrafficCqrs.Domain.Identifiers;

using TrafficCqrs.Projections.Inline;

namespace TrafficCqrs.Projections.Vehicles;

/// <summary>Keeps <see cref="VehicleRecord"/> in step with the vehicle stream, in the same transaction.</summary>
public partial class VehicleRecordProjection : ScreenedSingleStreamProjection<VehicleRecord, Guid>
{
    public static VehicleRecord Create(VehicleRegistered e) => new()
    {
        Id = e.VehicleId,
        Vin = e.Vin,
        OwnerIdNumber = e.OwnerIdNumber,
        Kind = e.Kind,
        Use = e.Use,
        Seats = e.Seats,
        Plate = e.Plate,
        Office = e.Office,
        HomeProvince = PlateNumber.ProvinceOf(e.Plate),
        Status = VehicleStatus.Registered,
        RegisteredOn = e.RegisteredOn,
        NextInspectionDue = e.InspectionDue,
        LastChangedAt = e.RegisteredAt,
    };

    public void Apply(VehicleOwnershipTransferred e, VehicleRecord view)
    {
        view.OwnerIdNumber = e.BuyerIdNumber;
        view.Plate = e.Plate;
        view.LastChangedAt = e.TransferredAt;
    }

    public void Apply(VehicleTransferredOut e, VehicleRecord view)
    {
        view.Status = VehicleStatus.TransferredOut;
        view.Plate = null;
        view.TemporaryPlate = e.TemporaryPlate;
        view.TemporaryPlateValidUntil = e.TemporaryPlateValidUntil;
        view.DestinationOffice = e.DestinationOffice;
        view.LastChangedAt = e.TransferredOutAt;
    }

    public void Apply(VehicleTransferredIn e, VehicleRecord view)
    {
        view.Status = VehicleStatus.Registered;
        view.Office = e.Office;
        view.OwnerIdNumber = e.OwnerIdNumber;
        view.Plate = e.Plate;
        view.HomeProvince = PlateNumber.ProvinceOf(e.Plate);
        view.TemporaryPlate = null;
        view.TemporaryPlateValidUntil = null;
        view.DestinationOffice = null;
        view.LastChangedAt = e.TransferredInAt;
    }

    public void Apply(VehicleInspected e, VehicleRecord view)
    {
        view.LastInspection = new LastInspectionInfo(e.StationCode, e.StationProvince, e.Passed, e.InspectedOn);
        view.LastChangedAt = e.RecordedAt;
    }

    public void Apply(InspectionStickerIssued e, VehicleRecord view)
    {
        view.Sticker = new StickerInfo(e.Mode, e.ValidUntil, e.StationCode, e.IssuedAt);
        view.NextInspectionDue = e.ValidUntil;
        view.LastChangedAt = e.IssuedAt;
    }

    public void Apply(VehiclePlateReplaced e, VehicleRecord view) => view.LastChangedAt = e.ReplacedAt;
    public void Apply(VehicleLicenceReplaced e, VehicleRecord view) => view.LastChangedAt = e.ReplacedAt;
    public void Apply(RegistrationCertificateReplaced e, VehicleRecord view) => view.LastChangedAt = e.ReplacedAt;
    public void Apply(InspectionStickerReplaced e, VehicleRecord view) => view.LastChangedAt = e.ReplacedAt;

    public void Apply(VehicleMortgaged e, VehicleRecord view)
    {
        view.Holds.MortgagedTo = e.Lender;
        view.LastChangedAt = e.MortgagedAt;
    }

    public void Apply(VehicleMortgageReleased e, VehicleRecord view)
    {
        view.Holds.MortgagedTo = null;
        view.LastChangedAt = e.ReleasedAt;
    }

    public void Apply(VehicleSeized e, VehicleRecord view)
    {
        view.Holds.Seized = true;
        view.Holds.SeizedBy = e.Authority;
        view.LastChangedAt = e.SeizedAt;
    }

    public void Apply(VehicleSeizureReleased e, VehicleRecord view)
    {
        view.Holds.Seized = false;
        view.Holds.SeizedBy = null;
        view.LastChangedAt = e.ReleasedAt;
    }

    public void Apply(VehicleReportedStolen e, VehicleRecord view)
    {
        view.Holds.Stolen = true;
        view.LastChangedAt = e.ReportedAt;
    }

    public void Apply(VehicleRecovered e, VehicleRecord view)
    {
        view.Holds.Stolen = false;
        view.LastChangedAt = e.RecoveredAt;
    }

    public void Apply(VehicleDeregistered e, VehicleRecord view)
    {
        view.Status = VehicleStatus.Deregistered;
        view.Plate = null;
        view.LastChangedAt = e.DeregisteredAt;
    }
}
