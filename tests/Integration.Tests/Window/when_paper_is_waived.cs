using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Window;

[Collection(ApiCollection.Name)]
public sealed class when_paper_is_waived(ApiFixture fixture)
{
    [Fact]
    public async Task an_id_only_case_opens_from_the_id_number_alone_and_records_its_waivers()
    {
        var office = Actors.NewOffice();
        var clerk = fixture.ClientFor(Actors.Clerk(office));
        var auditor = fixture.ClientFor(Actors.Auditor());

        var opened = await clerk.PostJson("/api/cases",
            new { businessType = "licence.replace_lost", applicantIdNumber = Http.NewIdNumber() });

        opened.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = Guid.Parse((await opened.Body())["id"]!.GetValue<string>());
        var trace = (await WindowApi.Get(auditor, $"/api/audit/cases/{id}/trace")).AsArray();
        var waivers = trace.Single(e => e!["eventType"]!.GetValue<string>() == "case.waivers_applied")!["data"]!;
        waivers["waivers"]!.AsArray().Select(w => w!.GetValue<string>())
            .Should().Equal("no_id_photocopy", "form_filled_from_records");
        var summary = await WindowApi.Case(clerk, id);
        summary["waivers"]!.AsArray().Select(w => w!.GetValue<string>())
            .Should().Equal("no_id_photocopy", "form_filled_from_records");
    }

    [Fact]
    public async Task a_vehicle_registration_takes_the_vin_photo_and_checks_certificates_over_the_network()
    {
        var office = Actors.NewOffice();
        var kiosk = fixture.ClientFor(WindowActors.Kiosk(office));
        var clerk = fixture.ClientFor(Actors.Clerk(office, counter: "W05"));
        var ticket = await WindowApi.IssueId(kiosk, "vehicle.register_new");
        await WindowApi.Call(clerk, ticket);

        var id = await WindowApi.OpenCase(clerk, ticket, new
        {
            applicantIdNumber = Http.NewIdNumber(),
            subject = "LSVAU2180N2183294",
            details = new Dictionary<string, string> { ["vinPhoto"] = "photo://W05/2026/0001.jpg" },
        });

        var summary = await WindowApi.Case(clerk, id);
        summary["waivers"]!.AsArray().Select(w => w!.GetValue<string>()).Should().Equal("no_id_photocopy",
            "form_filled_from_records", "vin_photo_instead_of_rubbing", "networked_certificates_checked");
        summary["vinPhotoReference"]!.GetValue<string>().Should().Be("photo://W05/2026/0001.jpg");
        summary["certificatesCheckedInternally"]!.AsArray().Select(w => w!.GetValue<string>())
            .Should().Equal("purchase_tax", "compulsory_insurance");
    }
}
