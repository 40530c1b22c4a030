namespace TrafficCqrs.Domain.Vehicles;

/// <summary>The kinds of vehicle whose inspection rules differ (车辆类型, simplified).</summary>
public enum VehicleKind
{
    SmallCar,    // 小型、微型载客汽车 (up to 9 seats)
    MediumBus,   // 中型载客汽车
    LargeBus,    // 大型载客汽车
    SchoolBus,   // 校车
    Truck,       // 载货汽车
    Motorcycle,  // 摩托车
}

/// <summary>What the vehicle is used for (使用性质).</summary>
public enum VehicleUse
{
    Private,     // 非营运
    Commercial,  // 营运
}

public enum VehicleStatus
{
    Registered,
    TransferredOut, // on its way to another region's office (异地转籍), on a temporary plate
    Deregistered,
}

/// <summary>How an inspection sticker (检验合格标志) was obtained.</summary>
public enum StickerMode
{
    InPerson, // after a passed inspection at a recognised station
    Exempt,   // 免检: issued without a station visit
}
