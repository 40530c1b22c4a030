using Marten;
using TrafficCqrs.Domain.Accidents;
using TrafficCqrs.Projections.Accidents;

namespace TrafficCqrs.Application.Accidents;

/// <summary>
/// Who reads accidents: office staff see all; an insurer only those where it insures a vehicle; a
/// court only those referred to it (read-only).
/// </summary>
public sealed record AccidentViewer(string? Insurer = null, string? Court = null)
{
    public static AccidentViewer Staff { get; } = new();
    public static AccidentViewer ForInsurer(string insurer) => new(Insurer: AccidentStream.InsurerCode(insurer));
    public static AccidentViewer ForCourt(string court) => new(Court: court.Trim());

    public bool Concerns(AccidentCaseView view) =>
        (Insurer is null || view.Insurers.Contains(Insurer)) && (Court is null || view.Courts.Contains(Court));
}

public static class AccidentQueries
{
    public const int MaxResults = 200;

    /// <summary>The accident, or null when it does not exist or does not concern the viewer.</summary>
    public static async Task<AccidentCaseView?> Get(IQuerySession session, Guid id, AccidentViewer viewer,
        CancellationToken cancellation)
    {
        var view = await session.LoadAsync<AccidentCaseView>(id, cancellation);
        return view is not null && viewer.Concerns(view) ? view : null;
    }

    /// <summary>Accident cases with their state, newest first: an insurer's own, a court's own, or (staff) any insurer's.</summary>
    public static async Task<IReadOnlyList<AccidentCaseView>> List(IQuerySession session, AccidentViewer viewer,
        string? insurer, AccidentStatus? status, CancellationToken cancellation)
    {
        IQueryable<AccidentCaseView> query = session.Query<AccidentCaseView>();
        var byInsurer = viewer.Insurer ?? (string.IsNullOrWhiteSpace(insurer) ? null : AccidentStream.InsurerCode(insurer));
        if (byInsurer is not null) query = query.Where(x => x.Insurers.Contains(byInsurer));
        if (viewer.Court is { } court) query = query.Where(x => x.Courts.Contains(court));
        if (status is { } s) query = query.Where(x => x.Status == s);
        return await query.OrderByDescending(x => x.ReportedAt).Take(MaxResults).ToListAsync(cancellation);
    }
}
