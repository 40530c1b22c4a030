using System.Text;
using FluentAssertions;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Domain.Tests.Supervision;

public sealed class HashChainTests
{
    private static readonly ChainedEvent Event = new(7, Guid.Parse("0190f3a2-1111-7000-8000-000000000001"), 2,
        "case.accepted", """{"caseId": "x", "acceptedAt": "2026-11-26T01:30:00+00:00"}""", "journey-42", "c-1",
        "clerk.li", """{"office": "610100"}""", "2026-11-26T01:30:00.123456Z");

    [Fact]
    public void the_canonical_form_is_the_tag_and_netstrings_with_missing_values_as_tilde()
    {
        var e = Event with { CorrelationId = null, Headers = null, Data = "{}" };

        Encoding.UTF8.GetString(HashChain.CanonicalBytes("ab", e)).Should().Be(
            "TCHAIN1" + "2:ab," + "1:7," + "36:0190f3a2-1111-7000-8000-000000000001," + "1:2," + "13:case.accepted," +
            "2:{}," + "~," + "3:c-1," + "8:clerk.li," + "~," + "27:2026-11-26T01:30:00.123456Z,");
    }

    [Fact]
    public void lengths_count_utf8_bytes_so_chinese_text_cannot_shift_fields()
    {
        var e = Event with { Data = "\"陕A\"" };

        Encoding.UTF8.GetString(HashChain.CanonicalBytes("p", e)).Should().Contain("6:\"陕A\",");
    }

    [Fact]
    public void a_link_is_sha256_hex_and_the_same_every_time() =>
        HashChain.Link(HashChain.Genesis, Event).Should().MatchRegex("^[0-9a-f]{64}$")
            .And.Be(HashChain.Link(HashChain.Genesis, Event));

    public static TheoryData<ChainedEvent> Changes => new()
    {
        Event with { Sequence = 8 },
        Event with { StreamId = Guid.NewGuid() },
        Event with { Version = 3 },
        Event with { EventType = "case.completed" },
        Event with { Data = """{"caseId": "y", "acceptedAt": "2026-11-26T01:30:00+00:00"}""" },
        Event with { CorrelationId = "journey-43" },
        Event with { CausationId = null },
        Event with { UserName = "clerk.wang" },
        Event with { Headers = """{"office": "610200"}""" },
        Event with { Timestamp = "2026-11-26T01:30:00.123457Z" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void any_changed_column_changes_the_link(ChainedEvent changed) =>
        HashChain.Link(HashChain.Genesis, changed).Should().NotBe(HashChain.Link(HashChain.Genesis, Event));

    [Fact]
    public void a_missing_value_differs_from_an_empty_one() =>
        HashChain.Link(HashChain.Genesis, Event with { CorrelationId = null })
            .Should().NotBe(HashChain.Link(HashChain.Genesis, Event with { CorrelationId = "" }));

    [Fact]
    public void each_link_covers_the_previous_one() =>
        HashChain.Link(HashChain.Link(HashChain.Genesis, Event), Event)
            .Should().NotBe(HashChain.Link(HashChain.Genesis, Event));

    [Fact]
    public void the_canonical_timestamp_is_utc_with_microseconds() =>
        HashChain.CanonicalTimestamp(new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.FromHours(8)).AddTicks(1234560))
            .Should().Be("2026-11-26T01:30:00.123456Z");

    [Fact]
    public void deterministic_ids_are_stable_name_based_uuids()
    {
        var id = DeterministicIds.For("outlet:P001");

        id.Should().Be(DeterministicIds.For("outlet:P001")).And.NotBe(DeterministicIds.For("outlet:P002"));
        id.ToString()[14].Should().Be('5', "the version nibble says name-based (SHA-1)");
    }
}
