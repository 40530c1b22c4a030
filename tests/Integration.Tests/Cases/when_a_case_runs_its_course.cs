using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Licensing;

namespace TrafficCqrs.Integration.Tests.Cases;

[Collection(ApiCollection.Name)]
public sealed class when_a_case_runs_its_course(ApiFixture fixture)
{
    [Fact]
    public async Task opening_answers_201_with_location_id_and_version()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var idNumber = Http.NewIdNumber();

        var response = await clerk.PostJson("/api/cases", new { businessType = "licence.apply", applicantIdNumber = idNumber });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await response.Body();
        var id = body["id"]!.GetValue<string>();
        body["version"]!.GetValue<long>().Should().Be(2, "the opening and its waivers");
        response.Headers.Location!.ToString().Should().Be($"/api/cases/{id}");

        var read = await clerk.GetAsync(response.Headers.Location);
        read.StatusCode.Should().Be(HttpStatusCode.OK);
        read.Headers.ETag!.Tag.Should().Be("\"2\"");
        var summary = await read.Body();
        summary["status"]!.GetValue<string>().Should().Be("Opened");
        summary["businessType"]!.GetValue<string>().Should().Be("licence.apply");
        summary["applicantIdNumber"]!.GetValue<string>().Should().Be(idNumber);
        summary["office"]!.GetValue<string>().Should().Be(office, "the office comes from the clerk's token");
        summary["counter"]!.GetValue<string>().Should().Be("W01");
        summary["channel"]!.GetValue<string>().Should().Be("window");
        summary["fee"]!.GetValue<decimal>().Should().Be(10m);
    }

    [Fact]
    public async Task accept_pay_complete_moves_the_read_model_and_versions()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var id = await CaseApi.Open(clerk);

        var accepted = await clerk.Post($"/api/cases/{id}/accept", ifMatch: "\"2\"");
        accepted.StatusCode.Should().Be(HttpStatusCode.OK);
        (await accepted.Body())["version"]!.GetValue<long>().Should().Be(3);
        accepted.Headers.ETag!.Tag.Should().Be("\"3\"");

        var paid = await clerk.PostJson($"/api/cases/{id}/payments",
            new { amount = 10m, method = "alipay", reference = "AP-778899", expectedVersion = 3 });
        paid.StatusCode.Should().Be(HttpStatusCode.OK, await paid.Content.ReadAsStringAsync());

        var completed = await clerk.Post($"/api/cases/{id}/complete");
        completed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await completed.Body())["version"]!.GetValue<long>().Should().Be(5);

        var summary = await (await clerk.GetAsync($"/api/cases/{id}")).Body();
        summary["status"]!.GetValue<string>().Should().Be("Completed");
        summary["amountPaid"]!.GetValue<decimal>().Should().Be(10m);
        summary["paymentReference"]!.GetValue<string>().Should().Be("AP-778899");
        summary["closedAt"].Should().NotBeNull();
        summary["version"]!.GetValue<long>().Should().Be(5);
    }

    [Fact]
    public async Task a_case_can_be_rejected_with_its_reason()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var id = await CaseApi.OpenAccepted(clerk);

        var rejected = await clerk.PostJson($"/api/cases/{id}/reject", new { reason = "Licence is seized." });

        rejected.StatusCode.Should().Be(HttpStatusCode.OK);
        var summary = await (await clerk.GetAsync($"/api/cases/{id}")).Body();
        summary["status"]!.GetValue<string>().Should().Be("Rejected");
        summary["reason"]!.GetValue<string>().Should().Be("Licence is seized.");
    }

    [Fact]
    public async Task a_case_can_be_withdrawn_by_the_applicant()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var id = await CaseApi.Open(clerk);

        var withdrawn = await clerk.PostJson($"/api/cases/{id}/withdraw", new { reason = "Will come back with the old licence." });

        withdrawn.StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await clerk.GetAsync($"/api/cases/{id}")).Body())["status"]!.GetValue<string>().Should().Be("Withdrawn");
    }

    [Fact]
    public async Task a_free_business_completes_without_payment()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var idNumber = Http.NewIdNumber();
        await LicenceRecords.Issue(fixture, idNumber, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-2));
        var id = await CaseApi.Open(clerk, "licence.review", idNumber);
        (await clerk.Post($"/api/cases/{id}/accept")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await clerk.Post($"/api/cases/{id}/complete")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
