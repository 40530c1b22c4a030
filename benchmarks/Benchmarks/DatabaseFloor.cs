using Npgsql;
using TrafficCqrs.Projections;

namespace TrafficCqrs.Benchmarks;

/// <summary>
/// What PostgreSQL alone does with a command's own statements: pgbench replays, as its transaction,
/// what the service sends for one case opening (Marten's append function with the opening's events,
/// the case summary's upsert) or one append to a case (the stream's reads, the summary's load, the
/// append function, the upsert), with stored rows, the same indexes and triggers, and the same round
/// trips, statements prepared. No HTTP, no .NET: the rate it reaches, against pgbench's single-row
/// insert in the same run, is the highest ratio the command could reach on this machine if the
/// service cost nothing.
/// </summary>
public static class DatabaseFloor
{
    private const string Schema = TrafficStoreConfiguration.Schema;
    private const string Opening = "bench_opening";
    private const string Summary = "bench_opening_summary";
    private const string Append = "bench_append";

    /// <summary>
    /// Copies the newest opening by <paramref name="userName"/> (its events and its case summary) into
    /// two tables of its own, and answers pgbench's script; null when the store holds no such opening.
    /// </summary>
    public static async Task<string?> PrepareOpening(string connectionString, string userName)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        if (await Newest<Guid>(connection, "stream_id", "case.opened", userName) is not { } id) return null;
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

        // A fresh stream id each transaction, from two random numbers (pgbench has no uuid variable).
        const string stream = "(lpad(to_hex(:a::bigint), 16, '0') || lpad(to_hex(:b::bigint), 16, '0'))::uuid";
        var columns = await SummaryColumns(connection);
        return $"""
            \set a random(1, 9223372036854775806)
            \set b random(1, 9223372036854775806)
            \startpipeline
            begin;
            {AppendFunction(stream, "o.events", "o", $"{Opening} o")};
            {SummaryUpsert(columns, stream, $"{Summary} s")} returning mt_version;
            \endpipeline
            commit;

            """;
    }

    /// <summary>
    /// Opens <paramref name="streamsPerClient"/> cases for each of <paramref name="clients"/> pgbench
    /// clients (the stored opening's events and summary, as above), copies the newest
    /// <c>case.accepted</c> by <paramref name="userName"/>, and answers pgbench's script for one
    /// append as the service makes it: the stream's version and events (one round trip, as
    /// <c>FetchForWriting</c> sends them), <c>BEGIN</c> with the case summary's load (the inline
    /// projection), the append function with the event and the summary's upsert, then <c>COMMIT</c>.
    /// Each client appends to its own cases, so no two meet. Run the script with <c>-D k=0</c>. Call
    /// after <see cref="PrepareOpening"/>; null when no accepted case is stored.
    /// </summary>
    public static async Task<string?> PrepareAppend(string connectionString, string userName, int clients, int streamsPerClient)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        if (await Newest<long>(connection, "seq_id", "case.accepted", userName) is not { } seq) return null;
        await Execute(connection, $"""
            drop table if exists {Append};
            create table {Append} as
            select array[type]::varchar[] as types, array[mt_dotnet_type]::varchar[] as dotnet_types,
                   array[data] as bodies, array[bdata] as bdatas, array[causation_id]::varchar[] as causations,
                   array[correlation_id]::varchar[] as correlations, array[headers] as headers,
                   array[user_name]::varchar[] as users
            from {Schema}.mt_events where seq_id = {seq};
            """);

        // This run's cases: a random prefix, then the client and the case's number in 12 hex digits.
        var prefix = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(10)).ToLowerInvariant();
        string CaseOf(string client, string number) =>
            $"('{prefix}' || lpad(to_hex(({client})::bigint * 1000000 + ({number})::bigint), 12, '0'))::uuid";
        var columns = await SummaryColumns(connection);
        var seeded = CaseOf("c", "n");
        var cases = $"generate_series(0, {clients - 1}) c, generate_series(0, {streamsPerClient - 1}) n";
        await Execute(connection, $"""
            {AppendFunction(seeded, "o.events", "o", $"{Opening} o, {cases}")};
            {SummaryUpsert(columns, seeded, $"{Summary} s, {cases}")};
            """);

        // Each client walks through its own cases, three appends to each (accept, pay, complete in the
        // service), so the stream read before an append holds two to four events, as in the service.
        var stream = CaseOf(":client_id", ":n");
        return $"""
            \set k :k + 1
            \set n (:k / 3) % {streamsPerClient}
            \startpipeline
            select version from {Schema}.mt_streams where id = {stream};
            select data, type, mt_dotnet_type, bdata, seq_id, id, stream_id, version, timestamp, tenant_id, correlation_id, causation_id, headers, user_name, is_archived from {Schema}.mt_events where stream_id = {stream} order by version;
            \endpipeline
            \startpipeline
            begin;
            select d.id, d.data, d.mt_version from {Schema}.mt_doc_casesummary as d where id = any(array[{stream}]);
            \endpipeline
            \startpipeline
            {AppendFunction(stream, "1", "a", $"{Append} a, {Opening} o")};
            {SummaryUpsert(columns, stream, $"{Summary} s")} returning mt_version;
            \endpipeline
            commit;

            """;
    }

    /// <summary>
    /// Marten's append function with the events held in <paramref name="source"/>'s arrays: fresh
    /// event ids, the time now, no expected version (the function reads the stream's version either way).
    /// </summary>
    private static string AppendFunction(string stream, string events, string source, string from) =>
        $"select {Schema}.mt_quick_append_events({stream}, o.stream_type, o.tenant, " +
        $"(select array_agg(gen_random_uuid()) from generate_series(1, {events})), " +
        $"{source}.types, {source}.dotnet_types, {source}.bodies, {source}.bdatas, {source}.causations, " +
        $"{source}.correlations, {source}.headers, {source}.users, array_fill(now(), array[{events}]), null) from {from}";

    /// <summary>The case summary's upsert as Marten writes it: the stored row's values under a new id.</summary>
    private static string SummaryUpsert(IReadOnlyList<string> columns, string id, string from)
    {
        string Value(string column) => column switch
        {
            "id" => id,
            // As Marten writes it: the document's version is the stream's.
            "mt_version" => $"coalesce((select version from {Schema}.mt_streams where id = {id}), 1)",
            "mt_last_modified" => "transaction_timestamp()",
            _ => $"s.\"{column}\"",
        };
        var quoted = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", columns.Select(Value));
        var updates = string.Join(", ", columns.Where(c => c != "id").Select(c => $"\"{c}\" = excluded.\"{c}\""));
        return $"insert into {Schema}.mt_doc_casesummary ({quoted}) select {values} from {from} " +
               $"on conflict (id) do update set {updates}";
    }

    /// <summary>A column of the newest event of this type by this user, or null.</summary>
    private static async Task<T?> Newest<T>(NpgsqlConnection connection, string column, string type, string userName)
        where T : struct
    {
        await using var find = new NpgsqlCommand(
            $"select {column} from {Schema}.mt_events where type = $1 and user_name = $2 order by seq_id desc limit 1",
            connection);
        find.Parameters.AddWithValue(type);
        find.Parameters.AddWithValue(userName);
        return await find.ExecuteScalarAsync() is T value ? value : null;
    }

    private static async Task<List<string>> SummaryColumns(NpgsqlConnection connection)
    {
        var columns = new List<string>();
        await using var read = new NpgsqlCommand(
            "select column_name from information_schema.columns where table_schema = $1 " +
            "and table_name = 'mt_doc_casesummary' order by ordinal_position", connection);
        read.Parameters.AddWithValue(Schema);
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        return columns;
    }

    /// <summary>Removes the copied opening and append (the events pgbench appended stay, as any stored events do).</summary>
    public static async Task Drop(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await Execute(connection, $"drop table if exists {Opening}; drop table if exists {Summary}; drop table if exists {Append};");
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
