namespace TrafficCqrs.Projections.Vehicles;

/// <summary>The numbers offered to one applicant for one vehicle (号牌号码选号池): they choose one of these.</summary>
public sealed class PlateOffer
{
    public Guid Id { get; set; }
    public string ApplicantIdNumber { get; set; } = "";
    public string Vin { get; set; } = "";
    public string Prefix { get; set; } = "";
    public List<string> Numbers { get; set; } = [];
    public string Office { get; set; } = "";
    public DateTimeOffset OfferedAt { get; set; }
}
