using JasperFx.Events;
using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace TrafficCqrs.Projections.Supervision;

/// <summary>
/// The audit's own tables (the hash chain, the trace keys) and the triggers that make the event log
/// append-only. Applied with the rest of the schema (at start outside production, by db-apply in
/// production), after Marten's event tables, which the triggers need.
/// </summary>
public sealed class AuditStorage(StoreOptions options) : FeatureSchemaBase("audit", options.Advanced.Migrator)
{
    private const string Schema = TrafficStoreConfiguration.Schema;

    public const string ChainTable = Schema + ".audit_chain";
    public const string StreamKeysTable = Schema + ".audit_stream_keys";
    public const string EventsTable = Schema + ".mt_events";
    public const string StreamsTable = Schema + ".mt_streams";
    public const string RefuseFunction = Schema + ".audit_refuse_rewrite";

    /// <summary>SQLSTATE raised when a stored event, stream or link would be changed or removed.</summary>
    public const string RefusalSqlState = "42501";

    /// <summary>
    /// The audit's indexes on Marten's event table. Marten is told to leave them alone
    /// (<see cref="Register"/>), or its own migration of the table would drop them as unknown.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Definition)> EventIndexes =
    [
        ("audit_events_by_user", "(user_name, seq_id) where user_name is not null"),
        ("audit_events_by_office", "((headers ->> 'office'), seq_id) where (headers ->> 'office') is not null"),
        ("audit_events_by_outlet", "((headers ->> 'outlet'), seq_id) where (headers ->> 'outlet') is not null"),
        ("audit_events_by_causation", "(causation_id) where causation_id is not null"),
    ];

    /// <summary>Adds the audit's tables, indexes and triggers to the store's schema.</summary>
    public static void Register(StoreOptions opts)
    {
        foreach (var (name, _) in EventIndexes)
            opts.Events.IgnoreIndex(name);
        opts.Storage.Add(new AuditStorage(opts));
    }

    public override IEnumerable<Type> DependentTypes() => [typeof(IEvent)];

    protected override IEnumerable<ISchemaObject> schemaObjects()
    {
        var chain = new Table(new PostgresqlObjectName(Schema, "audit_chain"));
        chain.AddColumn<long>("seq").AsPrimaryKey();
        chain.AddColumn("hash", "varchar(64)").NotNull();
        chain.AddColumn("chained_at", "timestamp with time zone").NotNull().DefaultValueByExpression("now()");
        yield return chain;

        // Which streams concern a person, a vehicle, an outlet or a case, from which event on.
        var streamKeys = new Table(new PostgresqlObjectName(Schema, "audit_stream_keys"));
        streamKeys.AddColumn<string>("kind").AsPrimaryKey();
        streamKeys.AddColumn<string>("value").AsPrimaryKey();
        streamKeys.AddColumn<Guid>("stream_id").AsPrimaryKey();
        streamKeys.AddColumn<long>("first_seq").NotNull();
        yield return streamKeys;

        // Who acted and where (user, office, outlet) and which command caused each event: indexes on
        // the event table itself, kept in the appending transaction, so these timelines need no
        // index rows written afterwards by the daemon and show an event as soon as it is stored.
        foreach (var (name, definition) in EventIndexes)
            yield return EventIndex(name, definition);

        yield return new SqlSchemaObject(
            new PostgresqlObjectName(Schema, "audit_refuse_rewrite"),
            $"select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace " +
            $"where n.nspname = '{Schema}' and p.proname = 'audit_refuse_rewrite'",
            $"""
             CREATE OR REPLACE FUNCTION {RefuseFunction}() RETURNS trigger LANGUAGE plpgsql AS $function$
             BEGIN
               RAISE EXCEPTION '% on %.% refused: stored events and their hash chain are append-only', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
                 USING ERRCODE = '{RefusalSqlState}',
                       HINT = 'An operator who must archive does so as a superuser with SET LOCAL session_replication_role = replica (docs/supervision.md).';
             END;
             $function$;
             """,
            $"DROP FUNCTION IF EXISTS {RefuseFunction}() CASCADE;");

        yield return Trigger("audit_events_append_only", "mt_events", "BEFORE UPDATE OR DELETE", "ROW");
        yield return Trigger("audit_events_no_truncate", "mt_events", "BEFORE TRUNCATE", "STATEMENT");
        yield return Trigger("audit_streams_no_delete", "mt_streams", "BEFORE DELETE", "ROW");
        yield return Trigger("audit_streams_no_truncate", "mt_streams", "BEFORE TRUNCATE", "STATEMENT");
        yield return Trigger("audit_chain_append_only", "audit_chain", "BEFORE UPDATE OR DELETE", "ROW");
        yield return Trigger("audit_chain_no_truncate", "audit_chain", "BEFORE TRUNCATE", "STATEMENT");
    }

    private static SqlSchemaObject EventIndex(string name, string definition) => new(
        new PostgresqlObjectName(Schema, name),
        $"select count(*) from pg_indexes where schemaname = '{Schema}' and indexname = '{name}'",
        $"CREATE INDEX IF NOT EXISTS {name} ON {EventsTable} {definition};",
        $"DROP INDEX IF EXISTS {Schema}.{name};");

    private static SqlSchemaObject Trigger(string name, string table, string timing, string level) => new(
        new PostgresqlObjectName(Schema, name),
        "select count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid " +
        "join pg_namespace n on n.oid = c.relnamespace " +
        $"where not t.tgisinternal and t.tgname = '{name}' and c.relname = '{table}' and n.nspname = '{Schema}'",
        $"DROP TRIGGER IF EXISTS {name} ON {Schema}.{table};\n" +
        $"CREATE TRIGGER {name} {timing} ON {Schema}.{table} FOR EACH {level} EXECUTE FUNCTION {RefuseFunction}();",
        $"DROP TRIGGER IF EXISTS {name} ON {Schema}.{table};");
}
