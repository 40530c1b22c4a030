using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Vehicles;

/// <summary>Steps shared by the vehicle tests.</summary>
public static class VehicleApi
{
    private const string VinCharacters = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

    /// <summary>A valid VIN, different on every call.</summary>
    public static string NewVin()
    {
        var chars = ("LSV" + string.Concat(Enumerable.Range(0, 14)
            .Select(_ => VinCharacters[Random.Shared.Next(VinCharacters.Length)]))).ToCharArray();
        chars[8] = Vin.CheckDigitFor(chars);
        return new string(chars);
    }

    public static async Task<JsonNode> Ok(this Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await call;
        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
        return await response.Body();
    }

    public static async Task Refused(this Task<HttpResponseMessage> call, string code)
    {
        var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, text);
        (await response.Body())["code"]!.GetValue<string>().Should().Be(code);
    }

    /// <summary>Numbers are offered to the applicant for the VIN; the first is taken.</summary>
    public static async Task<string> SelectPlate(HttpClient client, string applicant, string vin, string prefix = "陕A")
    {
        var offer = await client.PostJson("/api/plates/offers", new { applicantIdNumber = applicant, vin, prefix })
            .Ok(HttpStatusCode.Created);
        var numbers = offer["numbers"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        numbers.Should().HaveCount(5).And.OnlyContain(n => n.StartsWith(prefix));
        await client.PostJson("/api/plates/selections", new { offerId = offer["offerId"]!.GetValue<string>(), number = numbers[0] })
            .Ok();
        return numbers[0];
    }

    /// <summary>A clerk registers a private small car directly, with a number the owner selected.</summary>
    public static async Task<(string Vin, string Plate)> Register(HttpClient clerk, string owner, int seats = 5,
        string prefix = "陕A", string kind = "small_car", string use = "private")
    {
        var vin = NewVin();
        var plate = await SelectPlate(clerk, owner, vin, prefix);
        await clerk.PostJson("/api/vehicles", new { vin, ownerIdNumber = owner, kind, use, seats, plate })
            .Ok(HttpStatusCode.Created);
        return (vin, plate);
    }

    public static Task<JsonNode> Record(HttpClient reader, string vin) => reader.GetAsync($"/api/vehicles/{vin}").Ok();

    public static async Task<bool> IsFree(HttpClient reader, string plate) =>
        (await reader.GetAsync($"/api/plates/{Uri.EscapeDataString(plate)}").Ok())["free"]!.GetValue<bool>();

    /// <summary>Opens a case, accepts it, pays its fee if any, completes it; returns the case id.</summary>
    public static async Task<Guid> RunCase(HttpClient client, string businessType, string applicant, string? subject,
        object? details, decimal fee)
    {
        var opened = await client.PostJson("/api/cases", new { businessType, applicantIdNumber = applicant, subject, details })
            .Ok(HttpStatusCode.Created);
        var id = Guid.Parse(opened["id"]!.GetValue<string>());
        await client.Post($"/api/cases/{id}/accept").Ok();
        if (fee > 0)
            await client.PostJson($"/api/cases/{id}/payments", new { amount = fee, method = "wechat", reference = "WX-" + id.ToString("N")[..8] }).Ok();
        await client.Post($"/api/cases/{id}/complete").Ok();
        return id;
    }
}
