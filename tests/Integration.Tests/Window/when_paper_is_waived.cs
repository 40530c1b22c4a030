using System.Net;
using FluentAssertions;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Vehicles;

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

        var (idNumber, _) = await WindowApplicants.For(fixture, "licence.replace_lost");

        var opened = await clerk.PostJson("/api/cases",
            new { businessType = "licence.replace_lost", applicantIdNumber = idNumber });

        opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
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
        var buyer = Http.NewIdNumber();
        var vin = VehicleApi.NewVin();
        var plate = await VehicleApi.SelectPlate(clerk, buyer, vin);
        await WindowApi.Call(clerk, ticket);

        // The insurance policy and the purchase tax record are numbers the office looks up, not paper.
        var id = await WindowApi.OpenCase(clerk, ticket, new
        {
            applicantIdNumber = buyer,
            subject = vin,
            details = new Dictionary<string, string>
            {
                ["vinPhoto"] = "photo://W05/2026/0001.jpg",
                ["plate"] = plate,
                ["insurancePolicy"] = "PICC-2026-0001",
                ["purchaseTaxReceipt"] = "TAX-2026-0001",
            },
        });

        var summary = await WindowApi.Case(clerk, id);
        summary["waivers"]!.AsArray().Select(w => w!.GetValue<string>()).Should().Equal("no_id_photocopy",
            "form_filled_from_records", "vin_photo_instead_of_rubbing", "networked_certificates_checked");
        summary["vinPhotoReference"]!.GetValue<string>().Should().Be("photo://W05/2026/0001.jpg");
        summary["certificatesCheckedInternally"]!.AsArray().Select(w => w!.GetValue<string>())
            .Should().Equal("purchase_tax", "compulsory_insurance");
        summary["checks"]!.AsArray().Where(c => c!["check"]!.GetValue<string>() is "purchase_tax" or "compulsory_insurance")
            .Should().HaveCount(2).And.OnlyContain(c => c!["passed"]!.GetValue<bool>(), "the waived certificates were found");
    }

    [Fact]
    public async Task a_certificate_the_records_do_not_show_is_not_waived()
    {
        var clerk = fixture.ClientFor(Actors.Clerk(Actors.NewOffice()));
        var buyer = Http.NewIdNumber();
        var vin = VehicleApi.NewVin();
        var plate = await VehicleApi.SelectPlate(clerk, buyer, vin);

        var opened = await clerk.PostJson("/api/cases", new
        {
            businessType = "vehicle.register_new", applicantIdNumber = buyer, subject = vin,
            details = new Dictionary<string, string> { ["plate"] = plate, ["purchaseTaxReceipt"] = "TAX-2026-0002" },
        });

        opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var summary = await WindowApi.Case(clerk, Guid.Parse((await opened.Body())["id"]!.GetValue<string>()));
        summary["checks"]!.AsArray().Single(c => c!["check"]!.GetValue<string>() == "compulsory_insurance")!["passed"]!
            .GetValue<bool>().Should().BeFalse();
        summary["certificatesCheckedInternally"]!.AsArray().Select(w => w!.GetValue<string>())
            .Should().Equal(["purchase_tax"], "no insurance policy was found: the applicant brings it");
    }
}
