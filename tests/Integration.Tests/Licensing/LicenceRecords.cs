using Marten;
using Microsoft.Extensions.DependencyInjection;
using TrafficCqrs.Domain.Licensing;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Licensing;

/// <summary>
/// Puts a licence in the register directly, as records migrated from an older system would be,
/// for tests that need a licensed holder but not the exam journey.
/// </summary>
public static class LicenceRecords
{
    public static async Task Issue(ApiFixture fixture, string idNumber, DateOnly issuedOn, string licenceClass = "C1")
    {
        ResidentIdNumber.TryParse(idNumber, out var id, out _);
        var store = fixture.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession();
        var licenceId = LicenceStreamId.For(id.Value);
        session.Events.StartStream<DrivingLicence>(licenceId,
            LicenceRules.Issue(licenceId, id.Value, id.BirthDate, [licenceClass], "610100", null, LicensingApi.Noon(issuedOn)));
        await session.SaveChangesAsync();
    }

    /// <summary>
    /// A C1 licence issued two years before the host's today: valid, past probation, not due for
    /// renewal, so the ID-only licence services (replacements, contact change) find a record.
    /// </summary>
    public static Task IssueHeld(ApiFixture fixture, string idNumber) =>
        Issue(fixture, idNumber, LicenceCalendar.Today(fixture.Clock.GetUtcNow()).AddYears(-2));
}
