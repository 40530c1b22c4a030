using Npgsql;

namespace TrafficCqrs.Projections;

/// <summary>
/// Connection settings that make each command cheaper for PostgreSQL, applied to every configured
/// connection string unless it chooses otherwise: statements used twice are prepared on the
/// connection (parsed and planned once, not on every command), and a pooled connection is handed
/// back without the reset round trip (the service keeps no session state on pooled connections).
/// </summary>
public static class ConnectionTuning
{
    public const int PreparedStatements = 50;
    public const int PrepareAfterUses = 2;

    public static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = PreparedStatements;
            builder.AutoPrepareMinUsages = PrepareAfterUses;
        }
        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
            builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        connectionString.Split(';').Select(part => part.Split('=')[0].Trim())
            .Any(key => keys.Contains(key, StringComparer.OrdinalIgnoreCase));
}
