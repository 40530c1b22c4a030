using System.Net;
using System.Net.Http.Json;
using System.Text;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Cases;

[Collection(ApiCollection.Name)]
public sealed class when_a_command_is_refused(ApiFixture fixture)
{
    private HttpClient NewClerk() => fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));

    [Fact]
    public async Task malformed_json_is_400_problem_details()
    {
        var content = new StringContent("{\"businessType\": \"licence.apply\", ", Encoding.UTF8, "application/json");
        var response = await NewClerk().PostAsync("/api/cases", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task a_wrongly_typed_field_is_400_naming_it()
    {
        var content = new StringContent("{\"amount\": \"ten\", \"method\": \"wechat\", \"reference\": \"x\"}",
            Encoding.UTF8, "application/json");
        var response = await NewClerk().PostAsync($"/api/cases/{Guid.NewGuid()}/payments", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("amount");
    }

    [Theory]
    [InlineData("61010219850101123", "has 18 characters")]          // 17 characters
    [InlineData("610102198502301234", "birth date")]                // 30 February
    [InlineData("610102198501011230", "check character")]           // wrong check character
    public async Task an_invalid_id_number_is_400_naming_the_field(string idNumber, string why)
    {
        var clerk = NewClerk();
        var caseId = Guid.NewGuid();
        var response = await clerk.PostJson("/api/cases",
            new { businessType = "licence.apply", applicantIdNumber = idNumber, caseId });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Body();
        problem["errors"]!["applicantIdNumber"]![0]!.GetValue<string>().Should().Contain(why);
        (await clerk.GetAsync($"/api/cases/{caseId}")).StatusCode.Should().Be(HttpStatusCode.NotFound,
            "a refused command writes nothing");
    }

    [Fact]
    public async Task an_unknown_business_type_is_400_naming_the_field()
    {
        var response = await NewClerk().PostJson("/api/cases",
            new { businessType = "licence.teleport", applicantIdNumber = Http.NewIdNumber() });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Body())["errors"]!["businessType"].Should().NotBeNull();
    }

    [Fact]
    public async Task an_unknown_case_is_404_for_commands_reads_and_traces()
    {
        var clerk = NewClerk();
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = Guid.NewGuid();

        (await clerk.Post($"/api/cases/{id}/accept")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await clerk.GetAsync($"/api/cases/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await auditor.GetAsync($"/api/audit/cases/{id}/trace")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await auditor.GetAsync($"/api/audit/cases/{id}/state")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task a_stale_if_match_is_409_and_writes_nothing()
    {
        var clerk = NewClerk();
        var id = await CaseApi.OpenAccepted(clerk);

        var response = await clerk.PostJson($"/api/cases/{id}/reject", new { reason = "late" }, ifMatch: "\"2\"");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await CaseApi.Version(clerk, id)).Should().Be(3);
    }

    [Fact]
    public async Task a_stale_expected_version_in_the_body_is_409()
    {
        var clerk = NewClerk();
        var id = await CaseApi.OpenAccepted(clerk);

        var response = await clerk.PostJson($"/api/cases/{id}/withdraw", new { expectedVersion = 2 });

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task opening_the_same_case_id_twice_is_409()
    {
        var clerk = NewClerk();
        var caseId = Guid.NewGuid();
        var body = new { businessType = "licence.apply", applicantIdNumber = Http.NewIdNumber(), caseId };

        (await clerk.PostJson("/api/cases", body)).StatusCode.Should().Be(HttpStatusCode.Created);
        var again = await clerk.PostJson("/api/cases", body);

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await CaseApi.Version(clerk, caseId)).Should().Be(2);
    }

    [Fact]
    public async Task completing_a_rejected_case_is_422_with_the_rule_code_and_leaves_the_stream_unchanged()
    {
        var clerk = NewClerk();
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.Open(clerk);
        (await clerk.PostJson($"/api/cases/{id}/reject", new { reason = "Documents do not match." }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var traceBefore = await auditor.GetStringAsync($"/api/audit/cases/{id}/trace");

        var response = await clerk.Post($"/api/cases/{id}/complete");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Body();
        problem["code"]!.GetValue<string>().Should().Be("case.already_closed");
        problem["detail"]!.GetValue<string>().Should().Contain("rejected");
        (await auditor.GetStringAsync($"/api/audit/cases/{id}/trace")).Should().Be(traceBefore);
    }

    [Fact]
    public async Task paying_twice_is_422()
    {
        var clerk = NewClerk();
        var id = await CaseApi.OpenAccepted(clerk);
        (await clerk.PostJson($"/api/cases/{id}/payments", new { amount = 10m, method = "wechat", reference = "WX-1" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        // A second payment (another reference); the same reference again is the same payment.
        var again = await clerk.PostJson($"/api/cases/{id}/payments", new { amount = 10m, method = "wechat", reference = "WX-2" });

        again.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await again.Body())["code"]!.GetValue<string>().Should().Be("case.already_paid");
        (await CaseApi.Version(clerk, id)).Should().Be(4);
    }

    [Fact]
    public async Task completing_before_the_fee_is_paid_is_422()
    {
        var clerk = NewClerk();
        var id = await CaseApi.OpenAccepted(clerk);

        var response = await clerk.Post($"/api/cases/{id}/complete");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Body())["code"]!.GetValue<string>().Should().Be("case.unpaid_fee");
    }

    [Fact]
    public async Task an_unknown_payment_method_is_400_naming_the_field()
    {
        var clerk = NewClerk();
        var id = await CaseApi.OpenAccepted(clerk);

        var response = await clerk.PostJson($"/api/cases/{id}/payments", new { amount = 10m, method = "cash", reference = "R" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Body())["errors"]!["method"].Should().NotBeNull();
    }

    [Fact]
    public async Task a_malformed_if_match_is_400()
    {
        var clerk = NewClerk();
        var id = await CaseApi.Open(clerk);

        var response = await clerk.Post($"/api/cases/{id}/accept", ifMatch: "\"latest\"");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Body())["errors"]!["If-Match"].Should().NotBeNull();
    }

    [Fact]
    public async Task of_two_concurrent_writers_with_the_same_version_exactly_one_wins()
    {
        var clerk = NewClerk();
        var id = await CaseApi.Open(clerk);

        var attempts = await Task.WhenAll(
            Enumerable.Range(0, 2).Select(_ => clerk.Post($"/api/cases/{id}/accept", ifMatch: "\"2\"")));

        attempts.Select(a => a.StatusCode).Should()
            .BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        (await CaseApi.Version(clerk, id)).Should().Be(3);
    }

    [Fact]
    public async Task a_body_that_tries_to_set_the_office_is_refused()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));

        var response = await clerk.PostAsJsonAsync("/api/cases", new
        {
            businessType = "licence.apply", applicantIdNumber = Http.NewIdNumber(), office = "999999", counter = "X9",
        });

        // Refused rather than ignored: a body with fields the request does not have is a mistake.
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("office");
        (await (await clerk.GetAsync("/api/cases")).Body())["totalItems"]!.GetValue<long>().Should().Be(0);
    }
}
