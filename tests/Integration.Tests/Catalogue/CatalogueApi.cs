namespace TrafficCqrs.Integration.Tests.Catalogue;

public static class CatalogueApi
{
    /// <summary>A code no other test uses, in the licence area.</summary>
    public static string NewCode() => "licence.local_" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The body of <c>POST /api/catalogue</c> for an office's own business type.</summary>
    public static object TypeBody(string code, decimal fee = 5m, string[]? channels = null) => new
    {
        code,
        nameZh = "本地业务",
        nameEn = "A local business",
        area = "licence",
        idOnly = true,
        fee,
        channels = channels ?? ["window", "kiosk"],
        agentAllowed = false,
        anyOffice = false,
        internalChecks = new[] { "identity", "licence_record" },
    };
}
