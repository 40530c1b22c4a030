using FluentAssertions;
using TrafficCqrs.Domain.Catalogue;

namespace TrafficCqrs.Domain.Tests.Catalogue;

public sealed class BusinessCatalogueTests
{
    private static readonly BusinessType Valid = new("licence.test_type", "测试业务", "A test business", BusinessAreas.Licence,
        IdOnly: true, Fee: 10m, [ServiceChannels.Window, ServiceChannels.Kiosk], AgentAllowed: false, AnyOffice: true,
        [InternalChecks.Identity, InternalChecks.LicenceRecord]);

    private static IEnumerable<string> FieldsWrongIn(BusinessType type) =>
        BusinessCatalogue.Problems(type).Select(p => p.Field);

    [Fact]
    public void every_standard_type_passes_the_rules_an_office_must_follow() =>
        BusinessCatalogue.Standard.All.SelectMany(t => BusinessCatalogue.Problems(t).Select(p => $"{t.Code}: {p.Message}"))
            .Should().BeEmpty();

    [Fact]
    public void a_well_formed_type_has_no_problems() => FieldsWrongIn(Valid).Should().BeEmpty();

    [Theory]
    [InlineData("Licence.Test")]
    [InlineData("licence")]
    [InlineData("licence.test type")]
    [InlineData("vehicle.test")]   // code of another area
    public void a_malformed_code_is_refused(string code) =>
        FieldsWrongIn(Valid with { Code = code }).Should().Equal("code");

    [Fact]
    public void names_are_required() =>
        FieldsWrongIn(Valid with { NameZh = " ", NameEn = "" }).Should().Equal("nameZh", "nameEn");

    [Fact]
    public void an_unknown_area_is_refused() =>
        FieldsWrongIn(Valid with { Area = "parking", Code = "parking.x" }).Should().Equal("area");

    [Theory]
    [InlineData(-1)]
    [InlineData(10000.01)]
    [InlineData(10.005)]
    public void a_fee_out_of_range_or_below_a_fen_is_refused(decimal fee) =>
        FieldsWrongIn(Valid with { Fee = fee }).Should().Equal("fee");

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void fees_at_the_bounds_are_allowed(decimal fee) => FieldsWrongIn(Valid with { Fee = fee }).Should().BeEmpty();

    [Fact]
    public void channels_must_be_known_and_not_empty()
    {
        FieldsWrongIn(Valid with { Channels = [] }).Should().Equal("channels");
        FieldsWrongIn(Valid with { Channels = ["fax"] }).Should().Equal("channels");
    }

    [Fact]
    public void an_outlet_channel_needs_agents_allowed()
    {
        FieldsWrongIn(Valid with { Channels = [ServiceChannels.PostOffice] }).Should().Equal("agentAllowed");
        FieldsWrongIn(Valid with { Channels = [ServiceChannels.PostOffice], AgentAllowed = true }).Should().BeEmpty();
    }

    [Fact]
    public void checks_must_be_known() =>
        FieldsWrongIn(Valid with { InternalChecks = ["horoscope"] }).Should().Equal("internalChecks");

    [Fact]
    public void known_checks_are_every_declared_check() =>
        BusinessCatalogue.KnownChecks.Should().Contain([InternalChecks.Identity, InternalChecks.PurchaseTax,
            InternalChecks.CompulsoryInsurance, InternalChecks.MedicalCertificate]);

    [Fact]
    public void a_running_catalogue_reloads_whole_and_finds_codes_in_any_case()
    {
        var catalogue = new BusinessCatalogue(BusinessCatalogue.Standard.All);

        catalogue.Reload([Valid]);

        catalogue.All.Should().Equal(Valid);
        catalogue.Find("LICENCE.TEST_TYPE").Should().Be(Valid);
        catalogue.Find("licence.renew").Should().BeNull();
    }

    [Fact]
    public void the_standard_catalogue_never_changes() =>
        FluentActions.Invoking(() => BusinessCatalogue.Standard.Reload([Valid])).Should().Throw<InvalidOperationException>();
}
