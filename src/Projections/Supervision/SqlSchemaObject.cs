using System.Data.Common;
using Weasel.Core;

namespace TrafficCqrs.Projections.Supervision;

/// <summary>
/// A database object described by plain SQL: created when a query finds it missing, never diffed
/// further. Used for the triggers and the function that keep the event log append-only, which
/// belong to tables Marten owns. A change to one gets a new name.
/// </summary>
internal sealed class SqlSchemaObject(DbObjectName identifier, string countSql, string createSql, string dropSql)
    : ISchemaObject
{
    public DbObjectName Identifier => identifier;

    public void WriteCreateStatement(Migrator migrator, TextWriter writer) => writer.WriteLine(createSql);

    public void WriteDropStatement(Migrator rules, TextWriter writer) => writer.WriteLine(dropSql);

    public void ConfigureQueryCommand(Weasel.Core.DbCommandBuilder builder) => builder.Append(countSql + ";\n");

    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct)
    {
        var exists = await reader.ReadAsync(ct) && !await reader.IsDBNullAsync(0, ct)
                                               && Convert.ToInt64(reader.GetValue(0)) > 0;
        return new SchemaObjectDelta(this, exists ? SchemaPatchDifference.None : SchemaPatchDifference.Create);
    }

    public IEnumerable<DbObjectName> AllNames()
    {
        yield return identifier;
    }
}
