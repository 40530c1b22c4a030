using TrafficCqrs.Domain.Licensing;
using TrafficCqrs.Integration.Tests.Infrastructure;
using TrafficCqrs.Integration.Tests.Licensing;
using TrafficCqrs.Integration.Tests.Vehicles;

namespace TrafficCqrs.Integration.Tests.Window;

/// <summary>
/// Applicants whose records let an ID-only business go through from the ID number alone: a licence
/// on record for the licence services (due for renewal for a renewal), a registered vehicle for the
/// vehicle services. Vehicles are registered by another office's clerk, so this office's boards
/// count only the visits of the test.
/// </summary>
public static class WindowApplicants
{
    /// <summary>A fresh applicant for the business, and the body that opens its case.</summary>
    public static async Task<(string IdNumber, object Body)> For(ApiFixture fixture, string businessType)
    {
        var idNumber = Http.NewIdNumber();
        var today = LicenceCalendar.Today(fixture.Clock.GetUtcNow());
        switch (businessType)
        {
            case "licence.renew":
                // A first licence runs six years: this one expires in a month, inside the renewal window.
                await LicenceRecords.Issue(fixture, idNumber, today.AddYears(-6).AddMonths(1));
                return (idNumber, new { applicantIdNumber = idNumber });
            case "licence.contact_change":
                await LicenceRecords.IssueHeld(fixture, idNumber);
                return (idNumber, new
                {
                    applicantIdNumber = idNumber,
                    details = new Dictionary<string, string> { ["phone"] = "13800001111" },
                });
            case "licence.apply":
                return (idNumber, new { applicantIdNumber = idNumber });
            case var licence when licence.StartsWith("licence.", StringComparison.Ordinal):
                await LicenceRecords.IssueHeld(fixture, idNumber);
                return (idNumber, new { applicantIdNumber = idNumber });
            case "vehicle.replace_vehicle_licence" or "vehicle.replace_plate" or "vehicle.replace_sticker":
                await VehicleApi.Register(fixture.ClientFor(Actors.Clerk(Actors.NewOffice())), idNumber);
                return (idNumber, new
                {
                    applicantIdNumber = idNumber,
                    details = new Dictionary<string, string> { ["reason"] = "lost" },
                });
            default:
                return (idNumber, new { applicantIdNumber = idNumber });
        }
    }

    /// <summary>The body that opens a case of the business for a fresh applicant.</summary>
    public static async Task<object> Body(ApiFixture fixture, string businessType) =>
        (await For(fixture, businessType)).Body;
}
