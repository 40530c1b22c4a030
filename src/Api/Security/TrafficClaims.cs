namespace TrafficCqrs.Api.Security;

/// <summary>Claim names in TrafficCqrs tokens.</summary>
public static class TrafficClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Office = "office";
    public const string Counter = "counter";
    public const string Outlet = "outlet";
    public const string Channel = "channel";
    public const string Insurer = "insurer"; // the insurer an insurer-role token acts for, e.g. PICC
    public const string Court = "court";     // the court a court-role token reads for
    public const string Province = "province"; // the province whose database serves the caller (tenancy)
}
