using FluentAssertions;
using TrafficCqrs.Domain.Identifiers;

namespace TrafficCqrs.Domain.Tests.Identifiers;

public sealed class PlateNumberTests
{
    [Theory]
    [InlineData("陕A12345", "陕A12345")]
    [InlineData(" 陕a·d1234 ", "陕AD1234")]  // trimmed, upper-cased, dot dropped
    [InlineData("粤BD12345", "粤BD12345")]  // new-energy: 6 after the letter
    public void a_well_formed_plate_is_normalised(string input, string expected)
    {
        PlateNumber.TryNormalise(input, out var plate, out _).Should().BeTrue();
        plate.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("陕A1234")]      // too short
    [InlineData("陕A1234567")]   // too long
    [InlineData("XA12345")]      // no province
    [InlineData("陕112345")]     // no issuing letter
    [InlineData("陕A12-45")]     // punctuation
    [InlineData("陕AI2345")]     // I and O are never issued (they read as 1 and 0)
    [InlineData("陕A1O345")]
    public void a_malformed_plate_is_refused_with_a_reason(string? input)
    {
        PlateNumber.TryNormalise(input, out _, out var error).Should().BeFalse();
        error.Should().NotBeEmpty();
    }
}
