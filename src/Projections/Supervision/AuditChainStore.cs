using System.Globalization;
using Marten;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Projections.Supervision;

/// <summary>The last stored link: how far the chain has got, and its value there.</summary>
public sealed record ChainHead(long Sequence, string Hash)
{
    public static readonly ChainHead Empty = new(0, HashChain.Genesis);
    public bool IsEmpty => Sequence == 0;
}

public static class AuditChainStore
{
    public static async Task<ChainHead> HeadAsync(IQuerySession session, CancellationToken cancellation)
    {
        await session.Database.EnsureStorageExistsAsync(typeof(AuditStorage), cancellation);
        var rows = await session.QueryAsync<string>(
            $"select seq::text || ' ' || hash from {AuditStorage.ChainTable} order by seq desc limit 1", cancellation);
        if (rows.Count == 0) return ChainHead.Empty;
        var parts = rows[0].Split(' ');
        return new ChainHead(long.Parse(parts[0], CultureInfo.InvariantCulture), parts[1]);
    }
}
