using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class when_personal_data_is_read(ApiFixture fixture)
{
    private static TokenRequest NewAuditor() =>
        new("auditor." + Guid.NewGuid().ToString("N")[..8], [TrafficRoles.Auditor], "610000");

    private async Task<IReadOnlyList<PersonalDataRead>> ReadsBy(string user)
    {
        await using var session = fixture.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<PersonalDataRead>().Where(r => r.User == user).ToListAsync();
    }

    private async Task<(Guid Id, string IdNumber, string Office)> OpenCase()
    {
        var office = Actors.NewOffice();
        var idNumber = Http.NewIdNumber();
        var id = await CaseApi.Open(fixture.ClientFor(Actors.Clerk(office)), "licence.apply", idNumber);
        return (id, idNumber, office);
    }

    [Fact]
    public async Task an_analyst_sees_the_id_number_masked_in_the_case_and_the_list()
    {
        var (id, idNumber, office) = await OpenCase();
        var analyst = fixture.ClientFor(Actors.Analyst());

        var one = await (await analyst.GetAsync($"/api/cases/{id}")).Body();
        var list = await (await analyst.GetAsync($"/api/cases?office={office}")).Body();

        var masked = ResidentIdNumber.Mask(idNumber);
        masked.Should().Be(idNumber[..6] + "********" + idNumber[^4..]);
        one["applicantIdNumber"]!.GetValue<string>().Should().Be(masked);
        one["businessType"]!.GetValue<string>().Should().Be("licence.apply", "only personal data is masked");
        list["items"]![0]!["applicantIdNumber"]!.GetValue<string>().Should().Be(masked);
        list["totalItems"]!.GetValue<long>().Should().Be(1);
    }

    [Fact]
    public async Task the_clerk_handling_the_case_sees_it_whole_and_is_not_recorded()
    {
        var office = Actors.NewOffice();
        var who = Actors.Clerk(office);
        var idNumber = Http.NewIdNumber();
        var id = await CaseApi.Open(fixture.ClientFor(who), idNumber: idNumber);

        var one = await (await fixture.ClientFor(who).GetAsync($"/api/cases/{id}")).Body();

        one["applicantIdNumber"]!.GetValue<string>().Should().Be(idNumber);
        (await ReadsBy(who.User)).Should().BeEmpty();
    }

    [Fact]
    public async Task an_auditor_sees_it_whole_and_every_read_is_recorded()
    {
        var (id, idNumber, office) = await OpenCase();
        var who = NewAuditor();
        var auditor = fixture.ClientFor(who);
        auditor.DefaultRequestHeaders.Add("X-Correlation-Id", "inspection-7");

        var one = await (await auditor.GetAsync($"/api/cases/{id}")).Body();
        (await auditor.GetAsync($"/api/cases?office={office}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await auditor.GetAsync($"/api/audit/cases/{id}/trace")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await auditor.GetAsync($"/api/audit/cases/{id}/state")).StatusCode.Should().Be(HttpStatusCode.OK);

        one["applicantIdNumber"]!.GetValue<string>().Should().Be(idNumber);
        var reads = await ReadsBy(who.User);
        reads.Should().HaveCount(4);
        reads.Should().OnlyContain(r => r.Subjects.Contains(id) && r.Roles == "auditor" && r.CorrelationId == "inspection-7");
        reads.Select(r => r.Request).Should().Contain([
            $"GET /api/cases/{id}", $"GET /api/cases?office={office}", $"GET /api/audit/cases/{id}/trace",
        ]);
        reads.Should().OnlyContain(r => r.At > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task a_refused_or_missing_read_is_not_recorded_as_a_disclosure()
    {
        var who = NewAuditor();

        (await fixture.ClientFor(who).GetAsync($"/api/cases/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        (await ReadsBy(who.User)).Should().BeEmpty();
    }

    [Fact]
    public void personal_fields_are_masked_at_any_depth_and_others_left_alone()
    {
        var document = JsonNode.Parse("""
            {"applicantIdNumber":"11010519491231002X","businessType":"licence.renew","userName":"clerk.li",
             "details":{"phone":"13812345678","newAddress":"陕西省西安市雁塔区科技路1号","ownerName":"张三丰","email":"li@example.cn"},
             "items":[{"ownerIdNumber":"61010219851120456X","plate":"陕A12345"}]}
            """);

        var masked = PersonalData.MaskAll(document)!;

        masked["applicantIdNumber"]!.GetValue<string>().Should().Be("110105********002X");
        masked["businessType"]!.GetValue<string>().Should().Be("licence.renew");
        masked["userName"]!.GetValue<string>().Should().Be("clerk.li");
        masked["details"]!["phone"]!.GetValue<string>().Should().Be("138****5678");
        masked["details"]!["newAddress"]!.GetValue<string>().Should().Be("陕西省西安市****");
        masked["details"]!["ownerName"]!.GetValue<string>().Should().Be("张**");
        masked["details"]!["email"]!.GetValue<string>().Should().Be("l***@example.cn");
        masked["items"]![0]!["ownerIdNumber"]!.GetValue<string>().Should().Be("610102********456X");
        masked["items"]![0]!["plate"]!.GetValue<string>().Should().Be("陕A12345");
    }
}
