using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class when_a_field_is_missing_or_too_long(ApiFixture fixture)
{
    private async Task<(HttpClient Clerk, Guid Id)> AcceptedCase()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        return (clerk, await CaseApi.OpenAccepted(clerk));
    }

    private static async Task ShouldName(HttpResponseMessage response, string field)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Body())["errors"]![field].Should().NotBeNull($"the answer names {field}");
    }

    [Theory]
    [InlineData("businessType")]
    [InlineData("applicantIdNumber")]
    public async Task opening_without_a_required_field_is_400_naming_it(string missing)
    {
        var body = new Dictionary<string, object> { ["businessType"] = "licence.renew", ["applicantIdNumber"] = Http.NewIdNumber() };
        body.Remove(missing);

        await ShouldName(await fixture.ClientFor(Actors.Clerk(Actors.NewOffice())).PostJson("/api/cases", body), missing);
    }

    [Theory]
    [InlineData("amount")]
    [InlineData("method")]
    [InlineData("reference")]
    public async Task paying_without_a_required_field_is_400_naming_it(string missing)
    {
        var (clerk, id) = await AcceptedCase();
        var accepted = await CaseApi.Version(clerk, id);
        var body = new Dictionary<string, object> { ["amount"] = 10m, ["method"] = "wechat", ["reference"] = "WX-1" };
        body.Remove(missing);

        await ShouldName(await clerk.PostJson($"/api/cases/{id}/payments", body), missing);
        (await CaseApi.Version(clerk, id)).Should().Be(accepted, "a refused request writes nothing");
    }

    [Fact]
    public async Task rejecting_without_a_reason_is_400_naming_it()
    {
        var (clerk, id) = await AcceptedCase();
        var accepted = await CaseApi.Version(clerk, id);

        await ShouldName(await clerk.PostJson($"/api/cases/{id}/reject", new { }), "reason");
        (await CaseApi.Version(clerk, id)).Should().Be(accepted, "a refused request writes nothing");
    }

    [Fact]
    public async Task a_reason_over_200_characters_is_400_and_200_are_accepted()
    {
        var (clerk, id) = await AcceptedCase();

        await ShouldName(await clerk.PostJson($"/api/cases/{id}/reject", new { reason = new string('r', 201) }), "reason");
        (await clerk.PostJson($"/api/cases/{id}/reject", new { reason = new string('r', 200) })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task a_payment_reference_over_64_characters_or_with_odd_signs_is_400()
    {
        var (clerk, id) = await AcceptedCase();

        await ShouldName(await clerk.PostJson($"/api/cases/{id}/payments",
            new { amount = 10m, method = "wechat", reference = new string('R', 65) }), "reference");
        await ShouldName(await clerk.PostJson($"/api/cases/{id}/payments",
            new { amount = 10m, method = "wechat", reference = "WX 1; --" }), "reference");
        (await clerk.PostJson($"/api/cases/{id}/payments",
            new { amount = 10m, method = "wechat", reference = new string('R', 64) })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(-10)]
    [InlineData(0)]
    public async Task a_payment_that_is_not_positive_is_400(int amount)
    {
        var (clerk, id) = await AcceptedCase();

        await ShouldName(await clerk.PostJson($"/api/cases/{id}/payments", new { amount, method = "wechat", reference = "R1" }), "amount");
    }

    [Fact]
    public async Task details_with_a_control_character_are_400_naming_the_entry()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));

        var response = await clerk.PostJson("/api/cases", new
        {
            businessType = "licence.contact_change", applicantIdNumber = Http.NewIdNumber(),
            details = new Dictionary<string, string> { ["phone"] = "1380000\u00000000" },
        });

        await ShouldName(response, "details.phone");
    }

    [Fact]
    public async Task chinese_text_is_ordinary_text()
    {
        var (clerk, id) = await AcceptedCase();

        (await clerk.PostJson($"/api/cases/{id}/reject", new { reason = "驾驶证被扣留，暂不能换证。" })).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
