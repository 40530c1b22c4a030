namespace TrafficCqrs.Domain.Vehicles;

/// <summary>An inspection station (机动车检验机构) and whether its certificates are accepted.</summary>
public sealed record InspectionStation
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Province { get; init; } = "";
    public bool Recognised { get; init; }
    public string? RevocationReason { get; init; }

    public static InspectionStation Create(StationRecognised e) => new()
    {
        Id = e.StationId, Code = e.Code, Name = e.Name, Province = e.Province, Recognised = true,
    };

    public InspectionStation Apply(StationRecognitionRevoked e) =>
        this with { Recognised = false, RevocationReason = e.Reason };
}
