using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Application.Supervision;

/// <summary>The answer is given; recorded as late when the due time has passed.</summary>
public sealed record AnswerComplaint(Guid ComplaintId, string Answer, bool? Substantiated, long? ExpectedVersion,
    CommandContext Context);

public static class AnswerComplaintHandler
{
    public static Task<SupervisionWritten> Handle(AnswerComplaint command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation) =>
        ComplaintStream.Decide(session, command.ComplaintId, command.ExpectedVersion, command.Context,
            nameof(AnswerComplaint),
            c => ComplaintRules.Answer(c, command.Answer, command.Substantiated, clock.GetUtcNow()), cancellation);
}
