using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Window;

/// <summary>Steps of a visit to an office, as a kiosk and a clerk take them over HTTP.</summary>
public static class WindowApi
{
    public static async Task<JsonNode> Issue(HttpClient caller, string businessType)
    {
        var response = await caller.PostJson("/api/queue/tickets", new { businessType });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Body();
    }

    public static async Task<Guid> IssueId(HttpClient caller, string businessType) =>
        Guid.Parse((await Issue(caller, businessType))["id"]!.GetValue<string>());

    public static Task Call(HttpClient clerk, Guid ticket) => Ok(clerk.Post($"/api/queue/tickets/{ticket}/call"));
    public static Task Serve(HttpClient clerk, Guid ticket) => Ok(clerk.Post($"/api/queue/tickets/{ticket}/serve"));
    public static Task NoShow(HttpClient clerk, Guid ticket) => Ok(clerk.Post($"/api/queue/tickets/{ticket}/no-show"));

    public static Task ReturnVisit(HttpClient clerk, Guid ticket, string reason) =>
        Ok(clerk.PostJson($"/api/queue/tickets/{ticket}/return-visit", new { reason }));

    public static Task Resume(HttpClient clerk, Guid ticket, Guid caseId) =>
        Ok(clerk.PostJson($"/api/queue/tickets/{ticket}/resume", new { caseId }));

    public static async Task<Guid> OpenCase(HttpClient clerk, Guid ticket, object? body = null)
    {
        var response = await clerk.PostJson($"/api/queue/tickets/{ticket}/case",
            body ?? new { applicantIdNumber = Http.NewIdNumber() });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.Body())["id"]!.GetValue<string>());
    }

    public static Task Accept(HttpClient clerk, Guid caseId) => Ok(clerk.Post($"/api/cases/{caseId}/accept"));
    public static Task Complete(HttpClient clerk, Guid caseId) => Ok(clerk.Post($"/api/cases/{caseId}/complete"));

    public static Task Pay(HttpClient clerk, Guid caseId, decimal amount, string reference) =>
        Ok(clerk.PostJson($"/api/cases/{caseId}/payments", new { amount, method = "wechat", reference }));

    public static Task Reject(HttpClient clerk, Guid caseId, string reason) =>
        Ok(clerk.PostJson($"/api/cases/{caseId}/reject", new { reason }));

    public static async Task<JsonNode> Get(HttpClient reader, string url)
    {
        var response = await reader.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {url}: {await response.Content.ReadAsStringAsync()}");
        return await response.Body();
    }

    public static Task<JsonNode> Ticket(HttpClient reader, Guid id) => Get(reader, $"/api/queue/tickets/{id}");
    public static Task<JsonNode> Case(HttpClient reader, Guid id) => Get(reader, $"/api/cases/{id}");

    public static async Task<IReadOnlyList<string>> EventTypes(HttpClient auditor, Guid stream) =>
        (await Get(auditor, $"/api/audit/cases/{stream}/trace")).AsArray()
        .Select(e => e!["eventType"]!.GetValue<string>()).ToList();

    public static async Task<string> RuleCode(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        return (await response.Body())["code"]!.GetValue<string>();
    }

    private static async Task Ok(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        response.StatusCode.Should().Be(HttpStatusCode.OK,
            $"{response.RequestMessage!.RequestUri}: {await response.Content.ReadAsStringAsync()}");
    }
}
