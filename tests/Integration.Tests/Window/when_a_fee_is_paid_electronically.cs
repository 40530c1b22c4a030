using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Window;

[Collection(ApiCollection.Name)]
public sealed class when_a_fee_is_paid_electronically(ApiFixture fixture)
{
    private static object Payment(string reference, decimal amount = 10m) => new { amount, method = "wechat", reference };

    private static async Task<int> PaymentEvents(HttpClient auditor, Guid id) =>
        (await WindowApi.EventTypes(auditor, id)).Count(t => t == "case.payment_recorded");

    [Fact]
    public async Task the_same_reference_reported_again_is_one_payment_answered_with_the_same_version()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.OpenAccepted(clerk);
        var reference = "WX-" + Guid.NewGuid().ToString("N");

        var first = await clerk.PostJson($"/api/cases/{id}/payments", Payment(reference), ifMatch: "\"3\"");
        // The platform's callback repeated, with the version the first one was sent with.
        var again = await clerk.PostJson($"/api/cases/{id}/payments", Payment(reference), ifMatch: "\"3\"");

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        again.StatusCode.Should().Be(HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
        var firstVersion = (await first.Body())["version"]!.GetValue<long>();
        (await again.Body())["version"]!.GetValue<long>().Should().Be(firstVersion).And.Be(4);
        again.Headers.ETag!.Tag.Should().Be("\"4\"");
        (await PaymentEvents(auditor, id)).Should().Be(1);
        (await CaseApi.Version(clerk, id)).Should().Be(4);
    }

    [Fact]
    public async Task the_same_payment_reported_many_times_at_once_is_recorded_once()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.OpenAccepted(clerk);
        var reference = "AP-" + Guid.NewGuid().ToString("N");

        var answers = await Task.WhenAll(Enumerable.Range(0, 5)
            .Select(_ => clerk.PostJson($"/api/cases/{id}/payments", Payment(reference))));

        answers.Select(a => a.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        (await Task.WhenAll(answers.Select(async a => (await a.Body())["version"]!.GetValue<long>())))
            .Should().AllBeEquivalentTo(4L);
        (await PaymentEvents(auditor, id)).Should().Be(1);
    }

    [Fact]
    public async Task the_same_reference_for_another_amount_is_422()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var id = await CaseApi.OpenAccepted(clerk);
        var reference = "UP-" + Guid.NewGuid().ToString("N");
        (await clerk.PostJson($"/api/cases/{id}/payments", Payment(reference))).StatusCode.Should().Be(HttpStatusCode.OK);

        var response = await clerk.PostJson($"/api/cases/{id}/payments", Payment(reference, 12m));

        (await WindowApi.RuleCode(response)).Should().Be("case.payment_reference_reused");
    }

    [Fact]
    public async Task a_case_rejected_after_payment_is_refunded_to_the_payment()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.OpenAccepted(clerk);
        var reference = "WX-" + Guid.NewGuid().ToString("N");
        await WindowApi.Pay(clerk, id, 10m, reference);

        var rejected = await clerk.PostJson($"/api/cases/{id}/reject", new { reason = "The licence is seized." });

        rejected.StatusCode.Should().Be(HttpStatusCode.OK);
        (await rejected.Body())["version"]!.GetValue<long>().Should().Be(6, "the rejection and its refund");
        var trace = (await WindowApi.Get(auditor, $"/api/audit/cases/{id}/trace")).AsArray();
        var refund = trace.Single(e => e!["eventType"]!.GetValue<string>() == "case.refunded")!;
        refund["data"]!["paymentReference"]!.GetValue<string>().Should().Be(reference);
        refund["data"]!["amount"]!.GetValue<decimal>().Should().Be(10m);
        refund["data"]!["reason"]!.GetValue<string>().Should().Be("The licence is seized.");
        var summary = await WindowApi.Case(clerk, id);
        summary["status"]!.GetValue<string>().Should().Be("Rejected");
        summary["amountRefunded"]!.GetValue<decimal>().Should().Be(10m);
    }

    [Fact]
    public async Task a_case_rejected_before_payment_refunds_nothing()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.OpenAccepted(clerk);

        await WindowApi.Reject(clerk, id, "Wrong office.");

        (await WindowApi.EventTypes(auditor, id)).Should().NotContain("case.refunded");
    }
}
