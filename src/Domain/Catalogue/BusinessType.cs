namespace TrafficCqrs.Domain.Catalogue;

/// <summary>One kind of service the office handles (业务类型).</summary>
/// <param name="Code">Stable code used by commands and statistics, e.g. licence.renew.</param>
/// <param name="NameZh">The office's own name for it.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Area">licence, vehicle, violation or accident (<see cref="BusinessAreas"/>).</param>
/// <param name="IdOnly">一证即办: done with the ID document alone, the rest checked in the office's records.</param>
/// <param name="Fee">Fee in yuan; zero when free.</param>
/// <param name="Channels">Where it may be done (<see cref="ServiceChannels"/>).</param>
/// <param name="AgentAllowed">Whether a commissioned outlet may handle it at all.</param>
/// <param name="AnyOffice">Whether any office may handle it, not only the applicant's own (e.g. renewal anywhere).</param>
/// <param name="InternalChecks">What the office checks in its own or networked records instead of asking for paper.</param>
public sealed record BusinessType(
    string Code,
    string NameZh,
    string NameEn,
    string Area,
    bool IdOnly,
    decimal Fee,
    IReadOnlyList<string> Channels,
    bool AgentAllowed,
    bool AnyOffice,
    IReadOnlyList<string> InternalChecks)
{
    public bool AllowsChannel(string channel) => Channels.Contains(channel);
}

public static class BusinessAreas
{
    public const string Licence = "licence";
    public const string Vehicle = "vehicle";
    public const string Violation = "violation";
    public const string Accident = "accident";
}

/// <summary>
/// Where a business may be done. Finer than <see cref="Common.Channels"/>: an outlet's kind counts.
/// </summary>
public static class ServiceChannels
{
    public const string Window = "window";
    public const string Kiosk = "kiosk";
    public const string Online = "online";
    public const string PostOffice = "post_office";
    public const string Dealer = "dealer";
    public const string UsedCarMarket = "used_car_market";
    public const string Insurer = "insurer";
    public const string RuralPoint = "rural_point";
    public const string InspectionStation = "inspection_station";

    public static readonly IReadOnlyList<string> All =
        [Window, Kiosk, Online, PostOffice, Dealer, UsedCarMarket, Insurer, RuralPoint, InspectionStation];
}

/// <summary>Records the office consults instead of asking the applicant for paper.</summary>
public static class InternalChecks
{
    public const string Identity = "identity";                    // resident identity record
    public const string LicenceRecord = "licence_record";         // the driver's licence in the office's records
    public const string VehicleRecord = "vehicle_record";         // the vehicle in the office's records
    public const string MedicalCertificate = "medical_certificate";
    public const string CompulsoryInsurance = "compulsory_insurance"; // 交强险
    public const string PurchaseTax = "purchase_tax";
    public const string ViolationsCleared = "violations_cleared";
    public const string AccidentsCleared = "accidents_cleared";
}
