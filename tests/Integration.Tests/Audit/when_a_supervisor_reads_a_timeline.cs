using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentAssertions;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Outlets;
using TrafficCqrs.Integration.Tests.Cases;
using TrafficCqrs.Integration.Tests.Identity;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Outlets;
using TrafficCqrs.Integration.Tests.Vehicles;

namespace TrafficCqrs.Integration.Tests.Audit;

[Collection(ApiCollection.Name)]
public sealed class when_a_supervisor_reads_a_timeline(ApiFixture fixture)
{
    [Fact]
    public async Task a_person_s_timeline_holds_every_case_of_theirs_in_global_order_with_who_and_where()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office, counter: "W03"));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var person = Http.NewIdNumber();
        // Plain business types: the person's timeline then holds only the cases' own events (each
        // opening records the paper waived with it).
        var first = await CaseApi.Open(clerk, "licence.apply", idNumber: person);
        var someoneElse = await CaseApi.Open(clerk);
        var second = await CaseApi.Open(clerk, "vehicle.select_plate", idNumber: person);
        (await clerk.Post($"/api/cases/{first}/accept")).EnsureSuccessStatusCode();
        await AuditChainSupport.CaughtUp(fixture);

        var page = await (await auditor.GetAsync($"/api/audit/timeline?idNumber={person}")).Body();

        var items = page["items"]!.AsArray();
        items.Select(i => i!["streamId"]!.GetValue<Guid>()).Should().Equal(first, first, second, second, first);
        items.Select(i => i!["eventType"]!.GetValue<string>()).Should().Equal("case.opened", "case.waivers_applied",
            "case.opened", "case.waivers_applied", "case.accepted");
        items.Select(i => i!["sequence"]!.GetValue<long>()).Should().BeInAscendingOrder();
        page["totalItems"]!.GetValue<long>().Should().Be(5);
        items.Should().NotContain(i => i!["streamId"]!.GetValue<Guid>() == someoneElse);

        var opened = items[0]!;
        opened["summary"]!.GetValue<string>().Should().Contain("licence.apply").And.Contain(person[..6] + "********")
            .And.NotContain(person, "an ID number is shown masked in summaries");
        opened["userName"]!.GetValue<string>().Should().Be("clerk." + office);
        opened["roles"]!.GetValue<string>().Should().Be("clerk");
        opened["office"]!.GetValue<string>().Should().Be(office);
        opened["counter"]!.GetValue<string>().Should().Be("W03");
        opened["channel"]!.GetValue<string>().Should().Be("window");
        opened["command"]!.GetValue<string>().Should().Be("OpenCase");
        opened["correlationId"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        opened["causationId"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        opened["data"]!["applicantIdNumber"]!.GetValue<string>().Should().Be(person);
    }

    [Fact]
    public async Task a_case_s_timeline_holds_what_its_commands_wrote_to_other_records()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var idNumber = Http.NewIdNumber();
        await Licensing.LicenceRecords.IssueHeld(fixture, idNumber);
        var opened = await clerk.PostJson("/api/cases",
            new { businessType = "licence.contact_change", applicantIdNumber = idNumber, details = new Dictionary<string, string> { ["phone"] = "13800000000" } });
        opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var id = Guid.Parse((await opened.Body())["id"]!.GetValue<string>());
        (await clerk.Post($"/api/cases/{id}/accept")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await clerk.Post($"/api/cases/{id}/complete")).StatusCode.Should().Be(HttpStatusCode.OK);

        var items = (await (await auditor.GetAsync($"/api/audit/timeline?caseId={id}")).Body())["items"]!.AsArray();

        var completion = items.Single(i => i!["eventType"]!.GetValue<string>() == "case.completed");
        var elsewhere = items.Where(i => Guid.Parse(i!["streamId"]!.GetValue<string>()) != id).ToList();
        elsewhere.Should().NotBeEmpty("completing the case changed the licence record");
        elsewhere.Should().OnlyContain(i => i!["causationId"]!.GetValue<string>() == completion!["causationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task vehicles_outlets_clerks_and_offices_have_timelines_too()
    {
        var office = Actors.NewOffice();
        var outlet = "P" + Guid.NewGuid().ToString("N")[..6];
        var agent = await OutletApi.CommissionedAgent(fixture, office, outlet, "post_office", "vehicle.replace_plate");
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var vin = VehicleApi.NewVin();
        var plate = "陕A" + Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
        // An outlet case relies on a standing identity verification; another office's clerk made it,
        // so this office's and this clerk's timelines hold only the cases below.
        var applicant = await IdentityApi.VerifiedAtCounter(fixture, Actors.NewOffice());
        var byVin = await OpenWithSubject(agent, vin, applicant);
        var byPlate = await OpenWithSubject(clerk, plate);
        await AuditChainSupport.CaughtUp(fixture);
        var commission = OutletIds.For(outlet);

        // The streams each timeline passes through, in order (a case brings its record checks along).
        async Task<IEnumerable<Guid>> Streams(string query) =>
            (await (await auditor.GetAsync("/api/audit/timeline?" + query)).Body())["items"]!.AsArray()
            .Select(i => i!["streamId"]!.GetValue<Guid>()).Distinct();

        (await Streams("vin=" + vin.ToLowerInvariant())).Should().Equal(byVin);
        (await Streams("plate=" + Uri.EscapeDataString(plate))).Should().Equal(byPlate);
        (await Streams("outlet=" + outlet)).Should().Equal(commission, byVin);
        (await Streams("user=clerk." + office)).Should().Equal(byPlate);
        (await Streams("office=" + office)).Should().Equal(commission, byVin, byPlate);
    }

    [Fact]
    public async Task a_time_range_and_pages_narrow_the_timeline()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.OpenAccepted(clerk);
        (await clerk.PostJson($"/api/cases/{id}/reject", new { reason = "Wrong office." })).EnsureSuccessStatusCode();
        await AuditChainSupport.CaughtUp(fixture);
        var all = (await (await auditor.GetAsync($"/api/audit/timeline?caseId={id}")).Body())["items"]!.AsArray();
        // The waivers are stored with the opening, at its timestamp: the acceptance is the second moment.
        var second = all[2]!["timestamp"]!.GetValue<DateTimeOffset>();

        var paged = await (await auditor.GetAsync($"/api/audit/timeline?office={office}&page=2&pageSize=2")).Body();
        var from = await (await auditor.GetAsync(
            $"/api/audit/timeline?caseId={id}&from={Uri.EscapeDataString(second.ToString("O"))}")).Body();
        var before = await (await auditor.GetAsync(
            $"/api/audit/timeline?caseId={id}&to={Uri.EscapeDataString(second.ToString("O"))}")).Body();

        all.Select(i => i!["eventType"]!.GetValue<string>()).Should().Equal("case.opened", "case.waivers_applied",
            "case.accepted", "case.rejected");
        paged["items"]!.AsArray().Select(i => i!["eventType"]!.GetValue<string>()).Should().Equal("case.accepted", "case.rejected");
        paged["totalItems"]!.GetValue<long>().Should().Be(4);
        from["items"]!.AsArray().Should().HaveCount(2);
        before["items"]!.AsArray().Should().HaveCount(2);
        all[3]!["summary"]!.GetValue<string>().Should().Be("Case rejected: Wrong office.");
    }

    [Fact]
    public async Task a_timeline_exports_as_json_lines_and_csv()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.OpenAccepted(clerk);
        (await clerk.PostJson($"/api/cases/{id}/reject", new { reason = "Seized, \"see note\"" })).EnsureSuccessStatusCode();
        await AuditChainSupport.CaughtUp(fixture);

        var jsonl = await auditor.GetAsync($"/api/audit/timeline?caseId={id}&format=jsonl");
        var csv = await auditor.GetAsync($"/api/audit/timeline?caseId={id}&format=csv");

        jsonl.Content.Headers.ContentType!.MediaType.Should().Be("application/x-ndjson");
        var lines = (await jsonl.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Select(l => JsonNode.Parse(l)!["eventType"]!.GetValue<string>())
            .Should().Equal("case.opened", "case.waivers_applied", "case.accepted", "case.rejected");
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var text = await csv.Content.ReadAsStringAsync();
        text.Should().StartWith("sequence,timestamp,eventType,summary,");
        text.Should().Contain("\"Case rejected: Seized, \"\"see note\"\"\"", "CSV quotes and doubles quotes");
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(5);
    }

    [Fact]
    public async Task an_export_masks_the_applicants_id_number_that_the_auditors_view_shows()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var idNumber = Http.NewIdNumber();
        var id = await CaseApi.Open(clerk, "licence.apply", idNumber);
        await AuditChainSupport.CaughtUp(fixture);

        var view = await auditor.GetStringAsync($"/api/audit/timeline?caseId={id}");
        var jsonl = await auditor.GetStringAsync($"/api/audit/timeline?caseId={id}&format=jsonl");
        var csv = await auditor.GetStringAsync($"/api/audit/timeline?caseId={id}&format=csv");

        view.Should().Contain(idNumber, "an auditor's own view is whole (and the read is recorded)");
        jsonl.Should().NotContain(idNumber).And.Contain(idNumber[..6] + "********" + idNumber[^4..]);
        csv.Should().NotContain(idNumber);
    }

    [Fact]
    public async Task a_timeline_needs_exactly_one_well_formed_subject()
    {
        var auditor = fixture.ClientFor(Actors.Auditor());

        var none = await auditor.GetAsync("/api/audit/timeline");
        var two = await auditor.GetAsync("/api/audit/timeline?user=a&office=b");
        var badCase = await auditor.GetAsync("/api/audit/timeline?caseId=nope");
        var badFormat = await auditor.GetAsync("/api/audit/timeline?user=a&format=xml");

        none.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await two.Body())["errors"]!["office"].Should().NotBeNull();
        (await badCase.Body())["errors"]!["caseId"].Should().NotBeNull();
        (await badFormat.Body())["errors"]!["format"].Should().NotBeNull();
    }

    [Fact]
    public async Task replay_at_each_version_equals_the_state_built_from_the_events_up_to_it()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.OpenAccepted(clerk);
        (await clerk.PostJson($"/api/cases/{id}/payments", new { amount = 10m, method = "alipay", reference = "AP-7" }))
            .EnsureSuccessStatusCode();
        (await clerk.Post($"/api/cases/{id}/complete")).EnsureSuccessStatusCode();
        var trace = (await (await auditor.GetAsync($"/api/audit/cases/{id}/trace")).Body()).AsArray();

        ServiceCase? folded = null;
        foreach (var entry in trace)
        {
            var e = JsonSerializer.Deserialize(entry!["data"]!.ToJsonString(), EventTypes[entry["eventType"]!.GetValue<string>()], Json)!;
            folded = folded is null ? ServiceCase.Create((CaseOpened)e) : (ServiceCase)((dynamic)folded).Apply((dynamic)e);
            var version = entry["version"]!.GetValue<long>();

            var replayed = (await (await auditor.GetAsync($"/api/audit/cases/{id}/state?version={version}")).Body())["state"]!.AsObject();

            replayed["version"]!.GetValue<long>().Should().Be(version);
            replayed.Remove("version");
            var expected = JsonSerializer.SerializeToNode(folded with { Version = 0 }, Json)!.AsObject();
            expected.Remove("version");
            JsonNode.DeepEquals(replayed, expected).Should().BeTrue($"at version {version}: {replayed} vs {expected}");
        }
    }

    [Fact]
    public async Task the_difference_between_two_versions_names_what_changed()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var auditor = fixture.ClientFor(Actors.Auditor());
        var id = await CaseApi.OpenAccepted(clerk);
        (await clerk.PostJson($"/api/cases/{id}/reject", new { reason = "Wrong office." })).EnsureSuccessStatusCode();

        // Version 2 is the case as opened, with its waivers; version 4 the rejection after the acceptance.
        var diff = await (await auditor.GetAsync($"/api/audit/cases/{id}/diff?from=2&to=4")).Body();
        var missing = await auditor.GetAsync($"/api/audit/cases/{id}/diff?from=1&to=9");

        var changes = diff["changes"]!.AsArray().ToDictionary(c => c!["path"]!.GetValue<string>());
        changes.Keys.Should().BeEquivalentTo("version", "status", "reason", "closedAt");
        changes["status"]!["before"]!.GetValue<string>().Should().Be("Opened");
        changes["status"]!["after"]!.GetValue<string>().Should().Be("Rejected");
        changes["reason"]!["before"].Should().BeNull();
        changes["reason"]!["after"]!.GetValue<string>().Should().Be("Wrong office.");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly Dictionary<string, Type> EventTypes = typeof(CaseOpened).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<EventNameAttribute>() is not null)
        .ToDictionary(t => t.GetCustomAttribute<EventNameAttribute>()!.Name);

    private static async Task<Guid> OpenWithSubject(HttpClient client, string subject, string? applicant = null)
    {
        var response = await client.PostJson("/api/cases",
            new { businessType = "vehicle.replace_plate", applicantIdNumber = applicant ?? Http.NewIdNumber(), subject });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.Body())["id"]!.GetValue<string>());
    }
}
