using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Projections.Vehicles;

/// <summary>Rebuilds the domain's <see cref="Vehicle"/> from its stream; the rules of evolution stay in the domain.</summary>
public partial class VehicleProjection : SingleStreamProjection<Vehicle, Guid>
{
    public static Vehicle Create(VehicleRegistered e) => Vehicle.Create(e);
    public Vehicle Apply(VehicleOwnershipTransferred e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(VehicleTransferredOut e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(VehicleTransferredIn e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(VehicleInspected e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(InspectionStickerIssued e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(VehiclePlateReplaced e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(VehicleLicenceReplaced e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(RegistrationCertificateReplaced e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(InspectionStickerReplaced e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(VehicleMortgaged e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(VehicleMortgageReleased e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(VehicleSeized e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(VehicleSeizureReleased e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(VehicleReportedStolen e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(VehicleRecovered e, Vehicle s) => s.Apply(e);
    public Vehicle Apply(VehicleDeregistered e, Vehicle s) => s.Apply(e);
}

/// <summary>Rebuilds a plate number's <see cref="Plate"/> state from its stream.</summary>
public partial class PlateProjection : SingleStreamProjection<Plate, Guid>
{
    public static Plate Create(PlateSelected e) => Plate.Create(e);
    public Plate Apply(PlateSelected e, Plate s) => s.Apply(e);
    public Plate Apply(PlateAssigned e, Plate s) => s.Apply(e);
    public Plate Apply(PlateRetained e, Plate s) => s.Apply(e);
    public Plate Apply(PlateReleased e, Plate s) => s.Apply(e);
}

/// <summary>Rebuilds an <see cref="InspectionStation"/> from its stream.</summary>
public partial class InspectionStationProjection : SingleStreamProjection<InspectionStation, Guid>
{
    public static InspectionStation Create(StationRecognised e) => InspectionStation.Create(e);
    public InspectionStation Apply(StationRecognitionRevoked e, InspectionStation s) => s.Apply(e);
}
