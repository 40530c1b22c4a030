using FluentAssertions;
using Npgsql;
using TrafficCqrs.Projections;

namespace TrafficCqrs.Integration.Tests.Operations;

public sealed class when_the_connection_string_is_tuned
{
    [Fact]
    public void a_plain_connection_string_gets_statement_preparation_and_no_reset()
    {
        var tuned = new NpgsqlConnectionStringBuilder(
            ConnectionTuning.Tuned("Host=db;Database=traffic;Username=traffic"));

        tuned.MaxAutoPrepare.Should().Be(ConnectionTuning.PreparedStatements);
        tuned.AutoPrepareMinUsages.Should().Be(ConnectionTuning.PrepareAfterUses);
        tuned.NoResetOnClose.Should().BeTrue();
        tuned.Host.Should().Be("db");
        tuned.Database.Should().Be("traffic");
    }

    [Fact]
    public void settings_the_operator_chose_are_kept()
    {
        var tuned = new NpgsqlConnectionStringBuilder(ConnectionTuning.Tuned(
            "Host=db;Database=traffic;Username=traffic;Max Auto Prepare=10;Auto Prepare Min Usages=7;No Reset On Close=false"));

        tuned.MaxAutoPrepare.Should().Be(10);
        tuned.AutoPrepareMinUsages.Should().Be(7);
        tuned.NoResetOnClose.Should().BeFalse();
    }
}
