using FluentAssertions;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Projections.Cases;

namespace TrafficCqrs.Integration.Tests.Cases;

/// <summary>
/// The stored case summary carries what several readers need; the case list shows its own part.
/// A field added to the summary must be placed: shown in the case list, or named here as another
/// reader's, so that nothing new reaches agents and analysts unnoticed.
/// </summary>
public sealed class when_the_case_summary_grows
{
    // Read by a person's history (/api/people/{idNumber}/cases) and the counter boards only; the
    // opening time in UTC is the column the list sorts and filters on (the list shows OpenedAt).
    private static readonly string[] NotInTheCaseList =
        [nameof(CaseSummary.IdentitySource), nameof(CaseSummary.Mailings), nameof(CaseSummary.CompletedDay),
         nameof(CaseSummary.CompletedCounter), nameof(CaseSummary.CompletedBy), nameof(CaseSummary.OpenedAtUtc)];

    [Fact]
    public void every_stored_field_is_either_in_the_case_list_or_kept_for_its_own_readers()
    {
        var stored = typeof(CaseSummary).GetProperties().Select(p => p.Name);
        var shown = typeof(CaseView).GetProperties().Select(p => p.Name).ToList();

        stored.Except(NotInTheCaseList).Should().BeEquivalentTo(shown);
        shown.Should().NotContain(NotInTheCaseList);
    }
}
