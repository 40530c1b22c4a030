using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TrafficCqrs.Integration.Tests.Infrastructure;

namespace TrafficCqrs.Integration.Tests.Audit;

/// <summary>
/// What the chain tests need besides HTTP: waiting for the async daemon, and a superuser's hand on
/// the database to play the intruder (and to put things back afterwards).
/// </summary>
public static class AuditChainSupport
{
    /// <summary>Waits until the daemon has chained (and indexed) every event stored so far.</summary>
    public static Task CaughtUp(ApiFixture fixture) =>
        fixture.Host.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

    /// <summary>
    /// Runs SQL as a superuser with the append-only triggers bypassed, the way an intruder with
    /// database access (or an operator archiving) would: session_replication_role only a superuser may set.
    /// </summary>
    public static async Task AsSuperuserBypassingTriggers(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Traffic"));
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var bypass = new NpgsqlCommand("set local session_replication_role = replica", connection, transaction))
            await bypass.ExecuteNonQueryAsync();
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
        {
            foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    public static async Task<T> Scalar<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Traffic"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The sequence of the last stored event (0 when there is none).</summary>
    public static Task<long> LastSequence() =>
        Scalar<long>("select coalesce(max(seq_id), 0) from traffic.mt_events");

    public static async Task<List<(long Sequence, string Hash)>> LinksFrom(long sequence)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Traffic"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select seq, hash from traffic.audit_chain where seq >= @seq order by seq", connection);
        command.Parameters.AddWithValue("seq", sequence);
        await using var reader = await command.ExecuteReaderAsync();
        var links = new List<(long, string)>();
        while (await reader.ReadAsync()) links.Add((reader.GetInt64(0), reader.GetString(1)));
        return links;
    }
}
