using System.Net;
using FluentAssertions;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Domain.Licensing;
using TrafficCqrs.Domain.Violations;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Licensing;

namespace TrafficCqrs.Integration.Tests.Violations;

/// <summary>A handled violation's points land on the driving licence, in the handling's own transaction.</summary>
[Collection(ApiCollection.Name)]
public sealed class when_a_handling_puts_points_on_the_licence(ApiFixture fixture)
{
    [Fact]
    public async Task the_driver_record_shows_the_points_in_the_current_cycle()
    {
        var officer = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var driver = await ViolationApi.LicensedDriver(fixture);
        var id = await ViolationApi.Notified(officer, ViolationApi.NewPlate(), driver, points: 3);

        await ViolationApi.Ok(officer.PostJson($"/api/violations/{id}/handling", new { driverIdNumber = driver }));

        var record = await LicensingApi.DriverRecord(officer, driver);
        record["points"]!.GetValue<int>().Should().Be(3);
        record["status"]!.GetValue<string>().Should().Be("Valid");
        (await ViolationApi.CyclePoints(officer, driver)).Should().Be(3);

        var recorded = (await Stream(LicenceStreamId.For(driver))).Select(e => e.Data).OfType<LicencePointsRecorded>().Single();
        var occurredAt = (await Stream(id)).Select(e => e.Data).OfType<ViolationRecorded>().Single().OccurredAt;
        recorded.Should().Match<LicencePointsRecorded>(r => r.ViolationId == id && r.Points == 3
            && r.CommittedOn == LicenceCalendar.Today(occurredAt));
    }

    [Fact]
    public async Task the_handling_that_reaches_twelve_detains_the_licence_in_the_same_transaction()
    {
        var officer = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var driver = await ViolationApi.LicensedDriver(fixture);
        var plate = ViolationApi.NewPlate();
        var nine = await ViolationApi.Notified(officer, plate, driver, points: 9);
        await ViolationApi.Ok(officer.PostJson($"/api/violations/{nine}/handling", new { driverIdNumber = driver }));
        var three = await ViolationApi.Notified(officer, plate, driver, points: 3);

        await ViolationApi.Ok(officer.PostJson($"/api/violations/{three}/handling", new { driverIdNumber = driver }));

        var record = await LicensingApi.DriverRecord(officer, driver);
        record["points"]!.GetValue<int>().Should().Be(12);
        record["status"]!.GetValue<string>().Should().Be("Detained");

        var handled = (await Stream(three)).Last();
        handled.Data.Should().BeOfType<ViolationHandled>();
        var licence = await Stream(LicenceStreamId.For(driver));
        var written = licence.Where(e => e.CausationId == handled.CausationId).ToList();
        written.Select(e => e.Data.GetType()).Should().Equal(typeof(LicencePointsRecorded), typeof(LicenceDetained));
        written[0].Data.Should().BeOfType<LicencePointsRecorded>().Which.CycleTotal.Should().Be(12);
        (await WritingTransactions(handled.CausationId!)).Should()
            .ContainSingle("the handling and the licence's points and detention were saved by one transaction");
    }

    [Fact]
    public async Task the_limit_for_another_persons_vehicle_counts_the_points_already_on_the_licence()
    {
        var officer = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var driver = await ViolationApi.LicensedDriver(fixture);
        // Points put on the licence by hand, not through a violation handled here: the limit still sees them.
        var today = LicenceCalendar.Today(fixture.Clock.GetUtcNow()).ToString("yyyy-MM-dd");
        foreach (var points in new[] { 9, 1, 1 })
            await officer.PostJson($"/api/licences/{driver}/points", new { violationId = Guid.NewGuid(), points, committedOn = today })
                .Ok();
        var otherPlate = ViolationApi.NewPlate();
        var three = await ViolationApi.Notified(officer, otherPlate, Http.NewIdNumber(), points: 3);
        var one = await ViolationApi.Notified(officer, otherPlate, Http.NewIdNumber(), points: 1);

        await ViolationApi.ShouldBeRefused(
            await officer.PostJson($"/api/violations/{three}/handling", new { driverIdNumber = driver }),
            "violation.points_limit_for_another_vehicle");
        await ViolationApi.Ok(officer.PostJson($"/api/violations/{one}/handling", new { driverIdNumber = driver }));

        (await LicensingApi.DriverRecord(officer, driver))["status"]!.GetValue<string>().Should().Be("Detained");
    }

    [Fact]
    public async Task two_handlings_at_once_cannot_both_pass_the_limit_for_another_persons_vehicle()
    {
        var officer = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var driver = await ViolationApi.LicensedDriver(fixture);
        var today = LicenceCalendar.Today(fixture.Clock.GetUtcNow()).ToString("yyyy-MM-dd");
        foreach (var points in new[] { 9, 1, 1 })
            await officer.PostJson($"/api/licences/{driver}/points", new { violationId = Guid.NewGuid(), points, committedOn = today })
                .Ok();
        var otherPlate = ViolationApi.NewPlate();
        var first = await ViolationApi.Notified(officer, otherPlate, Http.NewIdNumber(), points: 1);
        var second = await ViolationApi.Notified(officer, otherPlate, Http.NewIdNumber(), points: 1);

        var answers = await Task.WhenAll(
            officer.PostJson($"/api/violations/{first}/handling", new { driverIdNumber = driver }),
            officer.PostJson($"/api/violations/{second}/handling", new { driverIdNumber = driver }));

        // The licence is held while a handling decides: the later one waits, then sees the 12th point.
        answers.Select(a => a.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity]);
        await ViolationApi.ShouldBeRefused(answers.Single(a => a.StatusCode != HttpStatusCode.OK),
            "violation.points_limit_for_another_vehicle");
        (await LicensingApi.DriverRecord(officer, driver))["points"]!.GetValue<int>().Should().Be(12);
    }

    [Fact]
    public async Task a_refused_handling_writes_on_neither_stream()
    {
        var officer = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var driver = await ViolationApi.LicensedDriver(fixture);
        var ownPlate = ViolationApi.NewPlate();
        foreach (var points in new[] { 9, 1, 1 })
        {
            var own = await ViolationApi.Notified(officer, ownPlate, driver, points);
            await ViolationApi.Ok(officer.PostJson($"/api/violations/{own}/handling", new { driverIdNumber = driver }));
        }
        var three = await ViolationApi.Notified(officer, ViolationApi.NewPlate(), Http.NewIdNumber(), points: 3);
        var licenceBefore = (await Stream(LicenceStreamId.For(driver))).Count;

        await ViolationApi.ShouldBeRefused(
            await officer.PostJson($"/api/violations/{three}/handling", new { driverIdNumber = driver }),
            "violation.points_limit_for_another_vehicle");

        (await Stream(three)).Should().HaveCount(3, "recorded, reviewed, owner notified: nothing more");
        (await Stream(LicenceStreamId.For(driver))).Should().HaveCount(licenceBefore);
        (await LicensingApi.DriverRecord(officer, driver))["points"]!.GetValue<int>().Should().Be(11);
    }

    [Fact]
    public async Task a_driver_without_a_licence_cannot_take_points_and_nothing_is_written()
    {
        var officer = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var unlicensed = Http.NewIdNumber();
        var plate = ViolationApi.NewPlate();
        var id = await ViolationApi.Notified(officer, plate, unlicensed, points: 3);

        await ViolationApi.ShouldBeRefused(
            await officer.PostJson($"/api/violations/{id}/handling", new { driverIdNumber = unlicensed }), "licence.no_record");

        (await Stream(id)).Should().HaveCount(3);
        (await Stream(LicenceStreamId.For(unlicensed))).Should().BeEmpty("no licence stream was started");
        (await officer.GetAsync($"/api/licences/{unlicensed}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ViolationApi.Holds(officer, plate)).Violations.Should().Equal(id);
    }

    [Fact]
    public async Task a_fine_only_violation_is_handled_without_a_licence()
    {
        var officer = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var unlicensed = Http.NewIdNumber();
        var id = await ViolationApi.Notified(officer, ViolationApi.NewPlate(), unlicensed, points: 0, fine: 100m);

        await ViolationApi.Ok(officer.PostJson($"/api/violations/{id}/handling", new { driverIdNumber = unlicensed }));

        (await Stream(LicenceStreamId.For(unlicensed))).Should().BeEmpty();
    }

    [Fact]
    public async Task points_without_a_fine_land_on_the_licence_already_paid()
    {
        var officer = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var driver = await ViolationApi.LicensedDriver(fixture);
        var id = await ViolationApi.Notified(officer, ViolationApi.NewPlate(), driver, points: 1, fine: 0m);

        await ViolationApi.Ok(officer.PostJson($"/api/violations/{id}/handling", new { driverIdNumber = driver }));

        var licence = (await Stream(LicenceStreamId.For(driver))).Select(e => e.Data).ToList();
        licence.OfType<LicencePointsRecorded>().Should().ContainSingle(e => e.ViolationId == id);
        licence.OfType<LicencePointsFinePaid>().Should().ContainSingle(e => e.ViolationId == id
            && e.PaidOn == LicenceCalendar.Today(fixture.Clock.GetUtcNow()), "nothing is owed, so the points never carry over");
    }

    /// <summary>The PostgreSQL transactions (xmin) that wrote the events a command caused.</summary>
    private async Task<IReadOnlyList<string>> WritingTransactions(string causationId)
    {
        var store = fixture.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        return await session.AdvancedSql.QueryAsync<string>(
            $"select distinct xmin::text from {store.Options.Events.DatabaseSchemaName}.mt_events where causation_id = ?",
            CancellationToken.None, causationId);
    }

    private async Task<IReadOnlyList<IEvent>> Stream(Guid id)
    {
        await using var session = fixture.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Events.FetchStreamAsync(id);
    }
}
