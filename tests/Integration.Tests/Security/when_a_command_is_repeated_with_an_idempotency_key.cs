using System.Net;
using FluentAssertions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class when_a_command_is_repeated_with_an_idempotency_key(ApiFixture fixture)
{
    // A plain case type: it needs no record on file, so only the key decides what is written.
    private static object NewCase() => new { businessType = "licence.apply", applicantIdNumber = Http.NewIdNumber() };

    private static async Task<long> CasesOf(HttpClient clerk, string office) =>
        (await (await clerk.GetAsync($"/api/cases?office={office}")).Body())["totalItems"]!.GetValue<long>();

    [Fact]
    public async Task the_repeat_gets_the_first_answer_and_opens_nothing_new()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var key = Idempotent.NewKey();
        var body = NewCase();

        var first = await clerk.PostWithKey("/api/cases", body, key);
        var again = await clerk.PostWithKey("/api/cases", body, key);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        again.StatusCode.Should().Be(HttpStatusCode.Created);
        (await again.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        again.Headers.Location.Should().Be(first.Headers.Location);
        again.Headers.ETag.Should().Be(first.Headers.ETag);
        again.Headers.GetValues(IdempotencyMiddleware.ReplayedHeader).Should().Equal("true");
        first.Headers.Contains(IdempotencyMiddleware.ReplayedHeader).Should().BeFalse();
        (await CasesOf(clerk, office)).Should().Be(1);
    }

    [Fact]
    public async Task a_repeated_payment_is_not_paid_twice()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var id = await CaseApi.OpenAccepted(clerk);
        var accepted = await CaseApi.Version(clerk, id);
        var key = Idempotent.NewKey();
        var payment = new { amount = 10m, method = "wechat", reference = "WX-IDEM-1" };

        var first = await clerk.PostWithKey($"/api/cases/{id}/payments", payment, key);
        var again = await clerk.PostWithKey($"/api/cases/{id}/payments", payment, key);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        again.StatusCode.Should().Be(HttpStatusCode.OK, "without the key the second payment would be refused as already paid");
        (await again.Body())["version"]!.GetValue<long>().Should().Be(accepted + 1);
        (await CaseApi.Version(clerk, id)).Should().Be(accepted + 1, "one payment event, not two");
    }

    [Fact]
    public async Task the_same_key_with_another_body_is_refused_and_writes_nothing()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var key = Idempotent.NewKey();
        (await clerk.PostWithKey("/api/cases", NewCase(), key)).StatusCode.Should().Be(HttpStatusCode.Created);

        var other = await clerk.PostWithKey("/api/cases", NewCase(), key);

        other.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        other.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await other.Body())["code"]!.GetValue<string>().Should().Be("idempotency.key_reused");
        (await CasesOf(clerk, office)).Should().Be(1);
    }

    [Fact]
    public async Task the_same_key_on_another_endpoint_is_refused()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var id = await CaseApi.Open(clerk);
        var key = Idempotent.NewKey();
        (await clerk.PostWithKey($"/api/cases/{id}/accept", key)).StatusCode.Should().Be(HttpStatusCode.OK);
        var accepted = await CaseApi.Version(clerk, id);

        var other = await clerk.PostWithKey($"/api/cases/{id}/withdraw", new { reason = "changed mind" }, key);

        other.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await CaseApi.Version(clerk, id)).Should().Be(accepted, "the withdrawal was not done");
    }

    [Fact]
    public async Task two_callers_with_the_same_key_do_not_meet()
    {
        var key = Idempotent.NewKey();
        var first = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var second = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));

        var a = await first.PostWithKey("/api/cases", NewCase(), key);
        var b = await second.PostWithKey("/api/cases", NewCase(), key);

        a.StatusCode.Should().Be(HttpStatusCode.Created);
        b.StatusCode.Should().Be(HttpStatusCode.Created);
        b.Headers.Location.Should().NotBe(a.Headers.Location);
    }

    [Fact]
    public async Task a_refused_request_is_not_kept_so_the_fixed_one_may_use_the_key()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var id = await CaseApi.OpenAccepted(clerk);
        var accepted = await CaseApi.Version(clerk, id);
        var key = Idempotent.NewKey();

        var wrong = await clerk.PostWithKey($"/api/cases/{id}/payments", new { amount = 99m, method = "wechat", reference = "WX-9" }, key);
        var right = await clerk.PostWithKey($"/api/cases/{id}/payments", new { amount = 10m, method = "wechat", reference = "WX-9" }, key);

        wrong.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        right.StatusCode.Should().Be(HttpStatusCode.OK);
        (await CaseApi.Version(clerk, id)).Should().Be(accepted + 1, "only the fixed payment was written");
    }

    [Fact]
    public async Task concurrent_repeats_open_exactly_one_case()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var key = Idempotent.NewKey();
        var body = NewCase();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => clerk.PostWithKey("/api/cases", body, key)));

        answers.Select(a => a.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.Conflict);
        answers.Should().Contain(a => a.StatusCode == HttpStatusCode.Created);
        answers.Where(a => a.StatusCode == HttpStatusCode.Created).Select(a => a.Headers.Location).Distinct().Should().HaveCount(1);
        (await CasesOf(clerk, office)).Should().Be(1);
    }

    [Fact]
    public async Task the_key_is_stored_in_the_database_with_the_answer()
    {
        var office = Actors.NewOffice();
        var who = Actors.Clerk(office);
        var key = Idempotent.NewKey();
        (await fixture.ClientFor(who).PostWithKey("/api/cases", NewCase(), key)).EnsureSuccessStatusCode();

        await using var session = fixture.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var record = await session.LoadAsync<IdempotencyRecord>(IdempotencyMiddleware.RecordId(who.User, key));

        record.Should().NotBeNull();
        record!.Status.Should().Be(201);
        record.Path.Should().Be("/api/cases");
    }

    [Theory]
    [InlineData("key\twith\ttabs")]
    [InlineData("key with spaces")]
    public async Task an_unusable_key_is_400_naming_the_header(string key)
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));

        var response = await clerk.PostWithKey("/api/cases", NewCase(), key);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Body())["errors"]![IdempotencyMiddleware.Header].Should().NotBeNull();
        (await CasesOf(clerk, office)).Should().Be(0);
    }

    [Fact]
    public async Task an_overlong_key_is_400()
    {
        var response = await fixture.ClientFor(Actors.Clerk(Actors.NewOffice()))
            .PostWithKey("/api/cases", NewCase(), new string('k', IdempotencyMiddleware.MaxKeyLength + 1));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
