using TrafficCqrs.Domain.Catalogue;

namespace TrafficCqrs.Domain.Outlets;

/// <summary>
/// The kinds of commissioned outlet (社会服务网点). Where a kind is also a service channel in the
/// catalogue, the names are the same, so a business type's channels say which kinds may handle it.
/// </summary>
public static class OutletKinds
{
    public const string Dealer = ServiceChannels.Dealer;                       // 汽车销售企业
    public const string UsedCarMarket = ServiceChannels.UsedCarMarket;         // 二手车交易市场
    public const string Insurer = ServiceChannels.Insurer;                     // 保险公司
    public const string PostOffice = ServiceChannels.PostOffice;               // 邮政网点
    public const string RuralPoint = ServiceChannels.RuralPoint;               // 农村服务站
    public const string InspectionStation = ServiceChannels.InspectionStation; // 机动车检验机构
    public const string ExamVenue = "exam_venue";                              // 考场

    public static readonly IReadOnlyList<string> All =
        [Dealer, UsedCarMarket, Insurer, PostOffice, RuralPoint, InspectionStation, ExamVenue];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind);
}
