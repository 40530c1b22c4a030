using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Integration.Tests.Analytics;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Projections.Analytics;
using static TrafficCqrs.Integration.Tests.Tenancy.ProvinceTenancyFixture;

namespace TrafficCqrs.Integration.Tests.Tenancy;

[Collection(ProvinceTenancyCollection.Name)]
public sealed class when_each_province_has_its_own_database(ProvinceTenancyFixture fixture)
{
    private HttpClient Clerk(string province, string office) => fixture.ClientFor(Actors.Clerk(office).InProvince(province));

    private static async Task<HttpResponseMessage> OpenWithId(HttpClient clerk, Guid id, string idNumber) =>
        await clerk.PostJson("/api/cases", new { businessType = "licence.apply", applicantIdNumber = idNumber, caseId = id });

    [Fact]
    public async Task the_same_case_id_lives_independently_in_two_provinces()
    {
        var id = Guid.CreateVersion7();
        var office = Actors.NewOffice();
        var (gdApplicant, zjApplicant) = (Http.NewIdNumber(), Http.NewIdNumber());
        var gd = Clerk(Guangdong, office);
        var zj = Clerk(Zhejiang, office);

        (await OpenWithId(gd, id, gdApplicant)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await OpenWithId(zj, id, zjApplicant)).StatusCode.Should().Be(HttpStatusCode.Created,
            "the id is taken in Guangdong's database only");
        (await gd.Post($"/api/cases/{id}/accept")).StatusCode.Should().Be(HttpStatusCode.OK);

        var inGd = await (await gd.GetAsync($"/api/cases/{id}")).Body();
        var inZj = await (await zj.GetAsync($"/api/cases/{id}")).Body();
        inGd["status"]!.GetValue<string>().Should().Be("Accepted");
        inZj["status"]!.GetValue<string>().Should().Be("Opened");
        inGd["applicantIdNumber"]!.GetValue<string>().Should().Be(gdApplicant);
        inZj["applicantIdNumber"]!.GetValue<string>().Should().Be(zjApplicant);
        (await CaseApi.Version(zj, id)).Should().BeLessThan(await CaseApi.Version(gd, id));
    }

    [Fact]
    public async Task a_case_opened_in_one_province_is_not_found_in_the_other_and_its_events_stay_home()
    {
        var office = Actors.NewOffice();
        var gd = Clerk(Guangdong, office);
        var zj = Clerk(Zhejiang, office);
        var id = await CaseApi.OpenAccepted(gd);

        (await gd.GetAsync($"/api/cases/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await zj.GetAsync($"/api/cases/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await zj.Post($"/api/cases/{id}/complete")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        const string events = "select count(*) from traffic.mt_events where stream_id = @id";
        (await fixture.Count(Guangdong, events, ("id", id))).Should().BeGreaterThanOrEqualTo(3, "opened, checked, accepted");
        (await fixture.Count(Zhejiang, events, ("id", id))).Should().Be(0);
    }

    [Fact]
    public async Task the_case_list_and_the_statistics_are_read_per_province_and_the_daemon_runs_in_both()
    {
        var office = Actors.NewOffice();
        var gd = Clerk(Guangdong, office);
        var zj = Clerk(Zhejiang, office);
        List<Guid> inGd = [await CaseApi.Open(gd), await CaseApi.Open(gd)];
        var inZj = await CaseApi.Open(zj);

        var gdList = await (await gd.GetAsync($"/api/cases?office={office}")).Body();
        var zjList = await (await zj.GetAsync($"/api/cases?office={office}")).Body();
        gdList["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).Should().BeEquivalentTo(inGd);
        zjList["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).Should().Equal(inZj);

        // Statistics are an asynchronous read model: each province's daemon has to apply its own events.
        await fixture.CatchUp(Guangdong);
        await fixture.CatchUp(Zhejiang);
        var url = $"/api/statistics/cases?office={office}&{AnalyticsApi.Days}";
        var gdStats = await AnalyticsApi.Get(fixture.ClientFor(Actors.Analyst().InProvince(Guangdong)), url);
        var zjStats = await AnalyticsApi.Get(fixture.ClientFor(Actors.Analyst().InProvince(Zhejiang)), url);
        gdStats["total"]!["opened"]!.GetValue<int>().Should().Be(2);
        zjStats["total"]!["opened"]!.GetValue<int>().Should().Be(1);

        // The audit hash chain (a daemon subscription) reaches the last event in each database.
        foreach (var province in new[] { Guangdong, Zhejiang })
        {
            var head = await AnalyticsApi.Get(fixture.ClientFor(Actors.Auditor().InProvince(province)), "/api/audit/chain/head");
            head["chainedThrough"]!.GetValue<long>().Should().Be(head["lastEventSequence"]!.GetValue<long>(), province);
        }
    }

    [Fact]
    public async Task a_token_without_a_province_or_with_one_not_served_is_refused()
    {
        var office = Actors.NewOffice();
        var none = fixture.ClientFor(Actors.Clerk(office));
        var unknown = fixture.ClientFor(Actors.Clerk(office).InProvince("XZ"));

        var missing = await none.PostJson("/api/cases", new { businessType = "licence.apply", applicantIdNumber = Http.NewIdNumber() });
        missing.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await missing.Body())["code"]!.GetValue<string>().Should().Be("tenancy.province_required");

        var notServed = await unknown.GetAsync($"/api/cases?office={office}");
        notServed.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await notServed.Body())["code"]!.GetValue<string>().Should().Be("tenancy.province_unknown");

        (await fixture.Host.Server.CreateClient().GetAsync("/api/cases")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task a_development_token_carries_the_province()
    {
        var office = Actors.NewOffice();
        var issued = await fixture.Host.Server.CreateClient().PostJson("/api/dev/token",
            new { user = "clerk.dev", roles = new[] { "clerk" }, office, counter = "W01", province = Zhejiang });
        issued.StatusCode.Should().Be(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        var clerk = fixture.Host.Server.CreateClient();
        clerk.DefaultRequestHeaders.Authorization = new("Bearer", (await issued.Body())["accessToken"]!.GetValue<string>());

        var id = await CaseApi.Open(clerk);
        (await fixture.Count(Zhejiang, "select count(*) from traffic.mt_streams where id = @id", ("id", id))).Should().Be(1);
    }

    [Fact]
    public async Task a_province_code_is_read_in_any_case_and_health_covers_every_province()
    {
        var office = Actors.NewOffice();
        var id = await CaseApi.Open(Clerk("gd", office));
        (await Clerk(Guangdong, office).GetAsync($"/api/cases/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        var health = await fixture.Host.Server.CreateClient().GetAsync("/health");
        var body = await health.Body();
        health.StatusCode.Should().Be(HttpStatusCode.OK, body.ToJsonString());
        var data = body["checks"]!["database"]!["data"]!.AsObject();
        data.Select(p => p.Key).Should().Contain([$"lastEventSequence:{Guangdong}", $"lastEventSequence:{Zhejiang}"]);
    }

    [Fact]
    public async Task a_repeated_idempotency_key_is_answered_from_the_callers_province()
    {
        var who = Actors.Clerk(Actors.NewOffice()).InProvince(Zhejiang);
        var clerk = fixture.ClientFor(who);
        var key = "tenancy-" + Guid.NewGuid();
        var body = new { businessType = "licence.apply", applicantIdNumber = Http.NewIdNumber() };
        async Task<HttpResponseMessage> Send()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(body) };
            request.Headers.Add(IdempotencyMiddleware.Header, key);
            return await clerk.SendAsync(request);
        }

        var first = await Send();
        var again = await Send();
        first.StatusCode.Should().Be(HttpStatusCode.Created);
        again.StatusCode.Should().Be(HttpStatusCode.Created);
        again.Headers.GetValues(IdempotencyMiddleware.ReplayedHeader).Should().Equal("true");
        (await again.Body())["id"]!.ToString().Should().Be((await first.Body())["id"]!.ToString());

        const string records = "select count(*) from traffic.mt_doc_idempotencyrecord where id = @id";
        var id = IdempotencyMiddleware.RecordId(who.User, key);
        (await fixture.Count(Zhejiang, records, ("id", id))).Should().Be(1);
        (await fixture.Count(Guangdong, records, ("id", id))).Should().Be(0);
    }

    [Fact]
    public async Task an_auditor_traces_only_the_cases_of_the_own_province_and_the_read_is_recorded_there()
    {
        var id = await CaseApi.OpenAccepted(Clerk(Guangdong, Actors.NewOffice()));

        var inGd = await fixture.ClientFor(Actors.Auditor().InProvince(Guangdong)).GetAsync($"/api/audit/cases/{id}/trace");
        var inZj = await fixture.ClientFor(Actors.Auditor().InProvince(Zhejiang)).GetAsync($"/api/audit/cases/{id}/trace");
        inGd.StatusCode.Should().Be(HttpStatusCode.OK);
        (await inGd.Body()).AsArray().Count.Should().BeGreaterThanOrEqualTo(3);
        inZj.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await fixture.Count(Guangdong, "select count(*) from traffic.mt_doc_personaldataread where data->>'request' like @path",
            ("path", $"%{id}%"))).Should().Be(1, "the auditor's read of personal data is logged beside the case");
    }

    [Fact]
    public async Task an_administrator_sees_and_rebuilds_the_projections_of_the_own_province()
    {
        var office = Actors.NewOffice();
        await CaseApi.Open(Clerk(Zhejiang, office));
        await fixture.CatchUp(Zhejiang);
        var admin = fixture.ClientFor(Actors.Admin().InProvince(Zhejiang));
        var url = $"/api/statistics/cases?office={office}&{AnalyticsApi.Days}";
        var before = (await AnalyticsApi.Get(fixture.ClientFor(Actors.Analyst().InProvince(Zhejiang)), url)).ToJsonString();

        var status = await AnalyticsApi.Get(admin, "/api/admin/projections");
        status["lastEventSequence"]!.GetValue<long>()
            .Should().Be(await fixture.Count(Zhejiang, "select coalesce(max(seq_id), 0) from traffic.mt_events"));

        var rebuilt = await admin.PostAsync($"/api/admin/projections/{CaseStatisticsProjection.Name}/rebuild", null);
        rebuilt.StatusCode.Should().Be(HttpStatusCode.OK, await rebuilt.Content.ReadAsStringAsync());
        await fixture.CatchUp(Zhejiang);
        (await AnalyticsApi.Get(fixture.ClientFor(Actors.Analyst().InProvince(Zhejiang)), url)).ToJsonString()
            .Should().Be(before).And.Contain("\"opened\":1");
    }

    [Fact]
    public async Task the_catalogue_is_not_changed_from_one_province()
    {
        var admin = fixture.ClientFor(Actors.Admin().InProvince(Guangdong));
        var response = await admin.PostJson("/api/catalogue", new
        {
            code = "licence.tenancy_probe", nameZh = "试", nameEn = "Probe", area = "licence", idOnly = false, fee = 0m,
            channels = new[] { "window" }, agentAllowed = false, anyOffice = false, internalChecks = Array.Empty<string>(),
        });
        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Body())["code"]!.GetValue<string>().Should().Be("tenancy.not_per_province");
        (await AnalyticsApi.Get(admin, "/api/catalogue")).AsArray().Should().NotBeEmpty("each province database got the standard catalogue");
    }
}
