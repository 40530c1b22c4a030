namespace TrafficCqrs.Domain.Licensing;

/// <summary>The licence's standing in the register.</summary>
public enum LicenceStatus
{
    Valid,
    /// <summary>扣留: held by the police, e.g. at 12 points until study and subject 1 are passed.</summary>
    Detained,
    /// <summary>暂扣: suspended for a period as a penalty.</summary>
    Suspended,
    /// <summary>注销: no longer valid (overdue, a cancelled class, a court order …).</summary>
    Cancelled,
}
