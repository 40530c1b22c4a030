using FluentAssertions;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Domain.Tests.Identifiers;

public sealed class VinTests
{
    [Theory]
    [InlineData("1M8GDM9AXKP042788")]   // the textbook example: check digit X
    [InlineData("11111111111111111")]   // all ones: 89 mod 11 = 1
    [InlineData("1m8gdm9axkp042788")]   // lower case accepted, stored upper case
    public void accepts_vins_with_a_valid_check_digit(string input)
    {
        Vin.TryParse(input, out var vin, out _).Should().BeTrue();
        vin.Value.Should().Be(input.ToUpperInvariant());
    }

    [Theory]
    [InlineData(null, "17 characters")]
    [InlineData("1M8GDM9AXKP04278", "17 characters")]
    [InlineData("1M8GDM9AXKP0427881", "17 characters")]
    [InlineData("1M8GDM9AXKP04278I", "I, O or Q")]
    [InlineData("1M8GDM9AXKP0427O8", "I, O or Q")]
    [InlineData("QM8GDM9AXKP042788", "I, O or Q")]
    [InlineData("1M8GDM9AXKP04278-", "digits and capital letters")]
    [InlineData("1M8GDM9A1KP042788", "check digit")]
    public void refuses_with_a_reason(string? input, string reason)
    {
        Vin.TryParse(input, out _, out var error).Should().BeFalse();
        error.Should().Contain(reason);
    }

    [Fact]
    public void every_wrong_check_digit_is_refused()
    {
        const string vin = "LSVAU2180N2183294";
        var right = Vin.CheckDigitFor(vin);
        foreach (var c in "0123456789X".Where(c => c != right))
            Vin.TryParse(vin[..8] + c + vin[9..], out _, out _).Should().BeFalse($"{c} is not the check digit");
        Vin.TryParse(vin[..8] + right + vin[9..], out _, out _).Should().BeTrue();
    }

    [Fact]
    public void letters_count_as_their_gb16735_values()
    {
        // J..R and S..Z restart their counting; A and J both stand for 1, so swapping them keeps the digit.
        Vin.CheckDigitFor("A0000000000000000").Should().Be(Vin.CheckDigitFor("J0000000000000000"));
        Vin.CheckDigitFor("S0000000000000000").Should().Be(Vin.CheckDigitFor("B0000000000000000"));
        Vin.CheckDigitFor("0000000000000000Z").Should().Be(Vin.CheckDigitFor("00000000000000009"));
    }
}
