using Npgsql;
using TrafficCqrs.Projections;

namespace TrafficCqrs.Benchmarks;

/// <summary>
/// What PostgreSQL alone does with an opening's writes: pgbench replays, as its transaction, the
/// statements the service sends for one case opening (Marten's append function with the opening's
/// events, the case summary's upsert), with the same rows, the same indexes and triggers, and the
/// same round trips (BEGIN sent with the batch, COMMIT on its own, statements prepared). No HTTP, no
/// .NET: the rate it reaches, against pgbench's single-row insert in the same run, is the highest
/// ratio an opening could reach on this machine if the service cost nothing.
/// </summary>
public static class DatabaseFloor
{
    private const string Schema = TrafficStoreConfiguration.Schema;
    private const string Opening = "bench_opening";
    private const string Summary = "bench_opening_summary";

    /// <summary>
    /// Copies the newest opening by <paramref name="userName"/> (its events and its case summary) into
    /// two tables of its own, and answers pgbench's script; null when the store holds no such opening.
    /// </summary>
    public static async Task<string?> PrepareOpening(string connectionString, string userName)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var find = new NpgsqlCommand(
                         $"select stream_id from {Schema}.mt_events where type = 'case.opened' and user_name = $1 " +
                         "order by seq_id desc limit 1", connection))
        {
            find.Parameters.AddWithValue(userName);
            if (await find.ExecuteScalarAsync() is not Guid id) return null;
            await Execute(connection, $"""
                drop table if exists {Opening};
                drop table if exists {Summary};
                -- The opening's events: those its command caused, in the order they were appended.
                create table {Opening} as
                select s.type as stream_type, s.tenant_id as tenant, count(*)::int as events,
                       array_agg(e.type order by e.version)::varchar[] as types,
                       array_agg(e.mt_dotnet_type order by e.version)::varchar[] as dotnet_types,
                       array_agg(e.data order by e.version) as bodies,
                       array_agg(e.bdata order by e.version) as bdatas,
                       array_agg(e.causation_id order by e.version)::varchar[] as causations,
                       array_agg(e.correlation_id order by e.version)::varchar[] as correlations,
                       array_agg(e.headers order by e.version) as headers,
                       array_agg(e.user_name order by e.version)::varchar[] as users
                from {Schema}.mt_events e join {Schema}.mt_streams s on s.id = e.stream_id
                where e.stream_id = '{id}' and e.causation_id is not distinct from
                      (select causation_id from {Schema}.mt_events where stream_id = '{id}' and version = 1)
                group by s.type, s.tenant_id;
                create table {Summary} as select * from {Schema}.mt_doc_casesummary where id = '{id}';
                """);
        }

        var columns = new List<string>();
        await using (var read = new NpgsqlCommand(
                         "select column_name from information_schema.columns where table_schema = $1 " +
                         "and table_name = 'mt_doc_casesummary' order by ordinal_position", connection))
        {
            read.Parameters.AddWithValue(Schema);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        }

        // A fresh stream id each transaction, from two random numbers (pgbench has no uuid variable).
        const string stream = "(lpad(to_hex(:a::bigint), 16, '0') || lpad(to_hex(:b::bigint), 16, '0'))::uuid";
        string Value(string column) => column switch
        {
            "id" => stream,
            // As Marten writes it: the document's version is the stream's.
            "mt_version" => $"coalesce((select version from {Schema}.mt_streams where id = {stream}), 1)",
            "mt_last_modified" => "transaction_timestamp()",
            _ => $"s.\"{column}\"",
        };
        var quoted = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", columns.Select(Value));
        var updates = string.Join(", ", columns.Where(c => c != "id").Select(c => $"\"{c}\" = excluded.\"{c}\""));
        return $"""
            \set a random(1, 9223372036854775806)
            \set b random(1, 9223372036854775806)
            \startpipeline
            begin;
            select {Schema}.mt_quick_append_events({stream}, o.stream_type, o.tenant, (select array_agg(gen_random_uuid()) from generate_series(1, o.events)), o.types, o.dotnet_types, o.bodies, o.bdatas, o.causations, o.correlations, o.headers, o.users, array_fill(now(), array[o.events]), null) from {Opening} o;
            insert into {Schema}.mt_doc_casesummary ({quoted}) select {values} from {Summary} s on conflict (id) do update set {updates} returning mt_version;
            \endpipeline
            commit;

            """;
    }

    /// <summary>Removes the copied opening (the events pgbench appended stay, as any stored events do).</summary>
    public static async Task Drop(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await Execute(connection, $"drop table if exists {Opening}; drop table if exists {Summary};");
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
