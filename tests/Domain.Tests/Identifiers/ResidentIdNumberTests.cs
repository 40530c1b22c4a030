using FluentAssertions;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Domain.Tests.Identifiers;

public sealed class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")]   // check character X
    [InlineData("11010519491231002x")]   // lower-case x accepted, stored upper-case
    [InlineData("610102200002290012")]   // 29 February of a leap year
    public void accepts_numbers_with_a_valid_date_and_check_character(string input)
    {
        ResidentIdNumber.TryParse(input, out var number, out _).Should().BeTrue();
        number.Value.Should().Be(input.ToUpperInvariant());
    }

    [Fact]
    public void reads_the_birth_date()
    {
        ResidentIdNumber.TryParse("11010519491231002X", out var number, out _).Should().BeTrue();
        number.BirthDate.Should().Be(new DateOnly(1949, 12, 31));
    }

    [Theory]
    [InlineData(null, "18 characters")]
    [InlineData("", "18 characters")]
    [InlineData("11010519491231002", "18 characters")]
    [InlineData("11010519491231002X1", "18 characters")]
    [InlineData("1101051949123100AX", "digits")]
    [InlineData("110105194913310026", "birth date")]  // month 13
    [InlineData("110105194902300023", "birth date")]  // 30 February
    [InlineData("440524188001010014", "birth date")]  // 1880: before any living holder
    [InlineData("110105194912310021", "check character")]
    public void refuses_with_a_reason(string? input, string reason)
    {
        ResidentIdNumber.TryParse(input, out _, out var error).Should().BeFalse();
        error.Should().Contain(reason);
    }

    [Fact]
    public void every_wrong_check_character_is_refused()
    {
        const string first17 = "61010219851120456";
        var right = ResidentIdNumber.CheckCharacterFor(first17);
        foreach (var c in "0123456789X".Where(c => c != right))
            ResidentIdNumber.TryParse(first17 + c, out _, out _).Should().BeFalse($"{c} is not the check character");
    }

    [Theory]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("short", "****")]
    [InlineData(null, "****")]
    public void masks_all_but_the_first_six_and_last_four(string? input, string masked) =>
        ResidentIdNumber.Mask(input).Should().Be(masked);
}
