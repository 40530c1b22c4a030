using System.Net;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Application.Supervision;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Integration.Tests.Audit;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Supervision;

[Collection(ApiCollection.Name)]
public sealed class when_a_target_is_sanctioned(ApiFixture fixture)
{
    [Fact]
    public async Task a_blacklisted_outlet_is_refused_new_business_until_the_sanction_is_lifted()
    {
        var supervisor = fixture.ClientFor(SupervisionApi.Supervisor());
        var auditor = fixture.ClientFor(Actors.Auditor());
        var register = fixture.Host.Services.GetRequiredService<ISanctionRegister>();
        var outlet = SupervisionApi.NewOutlet();
        var target = $"/api/supervision/targets/outlet/{outlet}";

        (await supervisor.PostJson($"{target}/inspections",
                new { kind = "spot_check", findings = "Applicants' signatures forged on 3 of 10 files.", compliant = false }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var imposed = await supervisor.PostJson($"{target}/sanctions",
            new { measure = "blacklisted", reason = "Forged signatures found in a spot check." });
        imposed.StatusCode.Should().Be(HttpStatusCode.Created, await imposed.Content.ReadAsStringAsync());
        var sanctionId = (await imposed.Body())["sanctionId"]!.GetValue<Guid>();

        var standing = await (await auditor.GetAsync(target)).Body();
        standing["standing"]!["blacklisted"]!.GetValue<bool>().Should().BeTrue();
        standing["standing"]!["mayDoBusiness"]!.GetValue<bool>().Should().BeFalse();
        standing["record"]!["nonCompliantInspections"]!.GetValue<int>().Should().Be(1);
        var refused = await FluentActions.Awaiting(() =>
                register.EnsureMayDoBusinessAsync("outlet", outlet.ToLowerInvariant(), CancellationToken.None))
            .Should().ThrowAsync<DomainRuleException>();
        refused.Which.Code.Should().Be("supervision.target_blacklisted");

        (await supervisor.PostJson($"{target}/sanctions/{sanctionId}/lift", new { reason = "Commission re-examined." }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await auditor.GetAsync(target)).Body())["standing"]!["mayDoBusiness"]!.GetValue<bool>().Should().BeTrue();
        await register.EnsureMayDoBusinessAsync("outlet", outlet, CancellationToken.None);

        await AuditChainSupport.CaughtUp(fixture);
        var timeline = (await (await auditor.GetAsync($"/api/audit/timeline?outlet={outlet}")).Body())["items"]!.AsArray();
        timeline.Select(i => i!["eventType"]!.GetValue<string>()).Should().Equal(
            "supervision.inspection_recorded", "supervision.sanction_imposed", "supervision.sanction_lifted");
    }

    [Fact]
    public async Task a_suspension_is_for_a_period_and_only_supervisors_sanction()
    {
        var supervisor = fixture.ClientFor(SupervisionApi.Supervisor());
        var auditor = fixture.ClientFor(Actors.Auditor());
        var station = $"/api/supervision/targets/inspection_station/{SupervisionApi.NewOutlet()}";
        var from = DateTimeOffset.UtcNow.AddDays(1);

        var open = await supervisor.PostJson($"{station}/sanctions", new { measure = "suspended", reason = "False results." });
        var later = await supervisor.PostJson($"{station}/sanctions",
            new { measure = "suspended", reason = "False results.", from, until = from.AddDays(90) });
        var byAuditor = await auditor.PostJson($"{station}/sanctions", new { measure = "blacklisted", reason = "x" });
        var badKind = await supervisor.PostJson("/api/supervision/targets/garage/G1/sanctions",
            new { measure = "blacklisted", reason = "x" });

        (await open.Body())["code"]!.GetValue<string>().Should().Be("supervision.suspension_needs_end");
        later.StatusCode.Should().Be(HttpStatusCode.Created);
        (await (await auditor.GetAsync(station)).Body())["standing"]!["mayDoBusiness"]!.GetValue<bool>()
            .Should().BeTrue("the suspension has not begun");
        (await (await auditor.GetAsync($"{station}?at={Uri.EscapeDataString(from.AddDays(1).ToString("O"))}")).Body())
            ["standing"]!["suspended"]!.GetValue<bool>().Should().BeTrue();
        byAuditor.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await badKind.Body())["errors"]!["targetKind"].Should().NotBeNull();
    }
}
