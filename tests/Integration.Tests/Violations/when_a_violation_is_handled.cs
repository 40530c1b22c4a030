using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Violations;

[Collection(ApiCollection.Name)]
public sealed class when_a_violation_is_handled(ApiFixture fixture)
{
    [Fact]
    public async Task handling_at_a_window_puts_the_points_on_the_licence_and_lifts_the_hold()
    {
        var officer = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var (plate, owner) = (ViolationApi.NewPlate(), await ViolationApi.LicensedDriver(fixture));
        var id = await ViolationApi.Record(officer, plate, points: 6, fine: 200m);

        (await ViolationApi.Holds(officer, plate)).Violations.Should().Equal(id);
        var open = (await (await officer.GetAsync($"/api/violations?plate={Uri.EscapeDataString(plate)}")).Body()).AsArray();
        open.Select(v => v!["id"]!.GetValue<Guid>()).Should().Equal(id);

        await ViolationApi.Ok(officer.PostJson($"/api/violations/{id}/review", new { upheld = true }));
        await ViolationApi.Ok(officer.PostJson($"/api/violations/{id}/notification", new { ownerIdNumber = owner, method = "sms" }));
        var handled = await ViolationApi.Ok(officer.PostJson($"/api/violations/{id}/handling", new { driverIdNumber = owner },
            ifMatch: "\"3\""));

        (await handled.Body())["version"]!.GetValue<long>().Should().Be(4);
        (await ViolationApi.CyclePoints(officer, owner)).Should().Be(6);
        (await ViolationApi.Holds(officer, plate)).Violations.Should().BeEmpty();
        var summary = await (await officer.GetAsync($"/api/violations/{id}")).Body();
        summary["status"]!.GetValue<string>().Should().Be("Handled");
        summary["driverIdNumber"]!.GetValue<string>().Should().Be(owner);
        summary["handledThrough"]!.GetValue<string>().Should().Be("window");

        var byDriver = (await (await officer.GetAsync($"/api/violations?driver={owner}")).Body()).AsArray();
        byDriver.Select(v => v!["id"]!.GetValue<Guid>()).Should().Equal([id], "the fine is still unpaid");

        var due = await (await officer.GetAsync($"/api/violations/{id}/amount-due")).Body();
        due["total"]!.GetValue<decimal>().Should().Be(200m, "paid before the due date, there is no late fee");
        await ViolationApi.Ok(officer.PostJson($"/api/violations/{id}/payments",
            new { amount = 200m, method = "wechat", reference = "WX-V-1" }));

        (await (await officer.GetAsync($"/api/violations?driver={owner}")).Body()).AsArray().Should().BeEmpty();
        (await (await officer.GetAsync($"/api/violations/{id}")).Body())["status"]!.GetValue<string>().Should().Be("Paid");
        (await ViolationApi.CyclePoints(officer, owner)).Should().Be(6, "points stay for the cycle once the fine is paid");
    }

    [Fact]
    public async Task six_points_at_a_kiosk_is_refused_and_nothing_is_written()
    {
        var office = Actors.NewOffice();
        var officer = fixture.ClientFor(Actors.Clerk(office));
        var kiosk = fixture.ClientFor(ViolationApi.Through("kiosk", office));
        var owner = await ViolationApi.LicensedDriver(fixture);
        var plate = ViolationApi.NewPlate();
        var id = await ViolationApi.Notified(officer, plate, owner, points: 6);

        await ViolationApi.ShouldBeRefused(
            await kiosk.PostJson($"/api/violations/{id}/handling", new { driverIdNumber = owner }), "violation.window_only");

        (await ViolationApi.CyclePoints(officer, owner)).Should().Be(0);
        (await ViolationApi.Holds(officer, plate)).Violations.Should().Equal(id);
    }

    [Fact]
    public async Task three_points_are_handled_online_or_at_a_post_office_but_not_at_a_dealer()
    {
        var office = Actors.NewOffice();
        var officer = fixture.ClientFor(Actors.Clerk(office));
        var owner = await ViolationApi.LicensedDriver(fixture);
        var online = await ViolationApi.Notified(officer, ViolationApi.NewPlate(), owner);
        var post = await ViolationApi.Notified(officer, ViolationApi.NewPlate(), owner);
        var dealer = await ViolationApi.Notified(officer, ViolationApi.NewPlate(), owner);

        await ViolationApi.Ok(fixture.ClientFor(ViolationApi.Through("online", office))
            .PostJson($"/api/violations/{online}/handling", new { driverIdNumber = owner }));
        await ViolationApi.Ok(fixture.ClientFor(ViolationApi.PostOffice(office))
            .PostJson($"/api/violations/{post}/handling", new { driverIdNumber = owner }));
        await ViolationApi.ShouldBeRefused(
            await fixture.ClientFor(Actors.Agent(office, "DEALER-" + office))
                .PostJson($"/api/violations/{dealer}/handling", new { driverIdNumber = owner }),
            "violation.channel_not_allowed");

        (await ViolationApi.CyclePoints(officer, owner)).Should().Be(6);
        (await (await officer.GetAsync($"/api/violations/{post}")).Body())["handledThrough"]!.GetValue<string>()
            .Should().Be("post_office");
    }

    [Fact]
    public async Task a_driver_at_eleven_points_may_take_one_more_for_another_persons_vehicle_but_not_three()
    {
        var officer = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var (driver, otherOwner) = (await ViolationApi.LicensedDriver(fixture), Http.NewIdNumber());
        var ownPlate = ViolationApi.NewPlate();
        foreach (var points in new[] { 9, 1, 1 })
        {
            var own = await ViolationApi.Notified(officer, ownPlate, driver, points);
            await ViolationApi.Ok(officer.PostJson($"/api/violations/{own}/handling", new { driverIdNumber = driver }));
        }
        (await ViolationApi.CyclePoints(officer, driver)).Should().Be(11);

        var otherPlate = ViolationApi.NewPlate();
        var three = await ViolationApi.Notified(officer, otherPlate, otherOwner, points: 3);
        var one = await ViolationApi.Notified(officer, otherPlate, otherOwner, points: 1);

        await ViolationApi.ShouldBeRefused(
            await officer.PostJson($"/api/violations/{three}/handling", new { driverIdNumber = driver }),
            "violation.points_limit_for_another_vehicle");
        await ViolationApi.Ok(officer.PostJson($"/api/violations/{one}/handling", new { driverIdNumber = driver }));

        (await ViolationApi.CyclePoints(officer, driver)).Should().Be(12);
        (await ViolationApi.Holds(officer, otherPlate)).Violations.Should().Equal(three);
    }

    [Fact]
    public async Task an_upheld_objection_dismisses_the_violation_and_lifts_the_hold()
    {
        var office = Actors.NewOffice();
        var officer = fixture.ClientFor(Actors.Clerk(office));
        var owner = Http.NewIdNumber();
        var plate = ViolationApi.NewPlate();
        var id = await ViolationApi.Notified(officer, plate, owner);

        await ViolationApi.Ok(fixture.ClientFor(ViolationApi.Through("online", office))
            .PostJson($"/api/violations/{id}/objection", new { objectorIdNumber = owner, grounds = "The car was sold." }));
        await ViolationApi.ShouldBeRefused(
            await officer.PostJson($"/api/violations/{id}/handling", new { driverIdNumber = owner }),
            "violation.objection_pending");
        await ViolationApi.Ok(officer.PostJson($"/api/violations/{id}/objection/decision",
            new { upheld = true, reason = "Sale registered before the date." }));

        (await (await officer.GetAsync($"/api/violations/{id}")).Body())["status"]!.GetValue<string>().Should().Be("Dismissed");
        (await ViolationApi.Holds(officer, plate)).Violations.Should().BeEmpty();
    }

    [Fact]
    public async Task a_malformed_plate_is_400_and_points_off_the_scale_422()
    {
        var officer = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));

        var badPlate = await officer.PostJson("/api/violations", new
        {
            plate = "A12345", place = "x", occurredAt = DateTimeOffset.UtcNow, code = "1345", points = 3, fine = 200m, source = "camera",
        });
        var badPoints = await officer.PostJson("/api/violations", new
        {
            plate = ViolationApi.NewPlate(), place = "x", occurredAt = DateTimeOffset.UtcNow.AddHours(-1), code = "1345",
            points = 2, fine = 200m, source = "camera",
        });

        badPlate.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badPlate.Body())["errors"]!["plate"].Should().NotBeNull();
        await ViolationApi.ShouldBeRefused(badPoints, "violation.invalid_points");
    }

    [Fact]
    public async Task an_agent_may_not_record_a_violation()
    {
        var office = Actors.NewOffice();
        var agent = fixture.ClientFor(Actors.Agent(office, "POST-" + office));

        var response = await agent.PostJson("/api/violations", new
        {
            plate = ViolationApi.NewPlate(), place = "x", occurredAt = DateTimeOffset.UtcNow, code = "1345", points = 3,
            fine = 200m, source = "officer",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
