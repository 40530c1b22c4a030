using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Cases;

/// <summary>Steps shared by the case tests.</summary>
public static class CaseApi
{
    public static async Task<Guid> Open(HttpClient clerk, string businessType = "licence.apply", string? idNumber = null)
    {
        var response = await clerk.PostJson("/api/cases",
            new { businessType, applicantIdNumber = idNumber ?? Http.NewIdNumber() });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.Body())["id"]!.GetValue<string>());
    }

    public static async Task<Guid> OpenAccepted(HttpClient clerk, string businessType = "licence.apply")
    {
        var id = await Open(clerk, businessType);
        (await clerk.Post($"/api/cases/{id}/accept")).StatusCode.Should().Be(HttpStatusCode.OK);
        return id;
    }

    public static async Task<long> Version(HttpClient reader, Guid id)
    {
        var response = await reader.GetAsync($"/api/cases/{id}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await response.Body())["version"]!.GetValue<long>();
    }
}
