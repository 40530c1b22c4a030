using Marten;
using TrafficCqrs.Domain.Exams;
using TrafficCqrs.Projections.Licensing;

namespace TrafficCqrs.Application.Exams;

public static class ExamQueries
{
    /// <summary>An application as it stands (rebuilt from its events).</summary>
    public static Task<ExamApplication?> Application(IQuerySession session, Guid id, CancellationToken cancellation) =>
        session.Events.AggregateStreamAsync<ExamApplication>(id, token: cancellation);

    /// <summary>One office's exams on one day; an empty day when nothing is booked.</summary>
    public static async Task<ExamDay> Schedule(IQuerySession session, string office, DateOnly date,
        CancellationToken cancellation) =>
        await session.LoadAsync<ExamDay>(ExamDay.IdFor(office, date), cancellation)
        ?? new ExamDay { Id = ExamDay.IdFor(office, date), Office = office, Date = date };
}
