using static TrafficCqrs.Domain.Catalogue.InternalChecks;
using static TrafficCqrs.Domain.Catalogue.ServiceChannels;

namespace TrafficCqrs.Domain.Catalogue;

public static partial class StandardBusinessTypes
{
    /// <summary>Vehicle services. The ID-only ones (一证即办) follow domain.md's catalogue.</summary>
    public static readonly IReadOnlyList<BusinessType> Vehicle =
    [
        new("vehicle.replace_plate", "补领、换领号牌", "Replace a number plate", BusinessAreas.Vehicle,
            IdOnly: true, Fee: 100m, Channels(Window, Online, PostOffice), AgentAllowed: true,
            AnyOffice: false, Checks(Identity, VehicleRecord)),
        new("vehicle.replace_vehicle_licence", "补领、换领行驶证", "Replace a vehicle licence", BusinessAreas.Vehicle,
            IdOnly: true, Fee: 10m, Channels(Window, Kiosk, Online, PostOffice, RuralPoint), AgentAllowed: true,
            AnyOffice: false, Checks(Identity, VehicleRecord)),
        new("vehicle.replace_certificate", "补领、换领机动车登记证书", "Replace a registration certificate", BusinessAreas.Vehicle,
            IdOnly: true, Fee: 10m, Channels(Window), AgentAllowed: false,
            AnyOffice: false, Checks(Identity, VehicleRecord)),
        new("vehicle.replace_sticker", "补领、换领检验合格标志", "Replace an inspection sticker", BusinessAreas.Vehicle,
            IdOnly: true, Fee: 0m, Channels(Window, Kiosk, Online, PostOffice), AgentAllowed: true,
            AnyOffice: true, Checks(Identity, VehicleRecord)),
        new("vehicle.exempt_sticker", "申领免检标志", "Apply for an inspection-exempt sticker", BusinessAreas.Vehicle,
            IdOnly: true, Fee: 0m, Channels(Window, Kiosk, Online, PostOffice), AgentAllowed: true,
            AnyOffice: true, Checks(Identity, VehicleRecord, CompulsoryInsurance, ViolationsCleared, AccidentsCleared)),
        new("vehicle.contact_change", "机动车所有人联系方式变更", "Change a vehicle owner's contact details", BusinessAreas.Vehicle,
            IdOnly: true, Fee: 0m, WindowKioskOnline, AgentAllowed: false,
            AnyOffice: true, Checks(Identity, VehicleRecord)),
        new("vehicle.register_new", "注册登记", "Register a new vehicle", BusinessAreas.Vehicle,
            IdOnly: false, Fee: 125m, Channels(Window, Dealer, RuralPoint), AgentAllowed: true,
            AnyOffice: false, Checks(Identity, CompulsoryInsurance, PurchaseTax)),
        new("vehicle.select_plate", "选择机动车号牌号码", "Select a plate number", BusinessAreas.Vehicle,
            IdOnly: false, Fee: 0m, Channels(Window, Kiosk, Online, Dealer), AgentAllowed: true,
            AnyOffice: false, Checks(Identity)),
        new("vehicle.transfer", "转让登记", "Transfer a vehicle's ownership", BusinessAreas.Vehicle,
            IdOnly: false, Fee: 125m, Channels(Window, UsedCarMarket), AgentAllowed: true,
            AnyOffice: false, Checks(Identity, VehicleRecord, CompulsoryInsurance, ViolationsCleared, AccidentsCleared)),
        new("vehicle.transfer_out", "转出登记（异地转籍）", "Transfer a vehicle out to another region", BusinessAreas.Vehicle,
            IdOnly: false, Fee: 0m, Channels(Window), AgentAllowed: false,
            AnyOffice: false, Checks(Identity, VehicleRecord, ViolationsCleared, AccidentsCleared)),
        new("vehicle.transfer_in", "转入登记（异地转籍）", "Register a vehicle transferred in", BusinessAreas.Vehicle,
            IdOnly: false, Fee: 125m, Channels(Window, UsedCarMarket), AgentAllowed: true,
            AnyOffice: false, Checks(Identity, VehicleRecord, CompulsoryInsurance)),
        new("vehicle.inspection_booking", "机动车检验预约", "Book a vehicle inspection", BusinessAreas.Vehicle,
            IdOnly: false, Fee: 0m, Channels(Window, Online, InspectionStation), AgentAllowed: true,
            AnyOffice: true, Checks(Identity, VehicleRecord)),
    ];
}
