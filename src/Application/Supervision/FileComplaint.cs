using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Application.Supervision;

/// <summary>A consultation, complaint or report (咨询、投诉、举报) is received: its stream starts, its answer falls due.</summary>
/// <param name="Channel">How it arrived; the caller's own channel when not given.</param>
public sealed record FileComplaint(
    Guid ComplaintId,
    string Kind,
    string? Channel,
    string Text,
    Guid? CaseId,
    string? Clerk,
    string? Outlet,
    string? ComplainantIdNumber,
    string? Contact,
    CommandContext Context);

public static class FileComplaintHandler
{
    public static async Task<SupervisionWritten> Handle(FileComplaint command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        if (!ComplaintKinds.All.Contains(command.Kind))
            throw new InvalidFieldException("kind", $"Kind must be one of: {string.Join(", ", ComplaintKinds.All)}.");
        var channel = string.IsNullOrWhiteSpace(command.Channel) ? command.Context.Actor.Channel : command.Channel;
        if (!ComplaintChannels.All.Contains(channel))
            throw new InvalidFieldException("channel", $"Channel must be one of: {string.Join(", ", ComplaintChannels.All)}.");
        string? complainant = null;
        if (!string.IsNullOrWhiteSpace(command.ComplainantIdNumber))
        {
            if (!ResidentIdNumber.TryParse(command.ComplainantIdNumber, out var idNumber, out var error))
                throw new InvalidFieldException("complainantIdNumber", error);
            complainant = idNumber.Value;
        }
        if (command.CaseId is { } caseId && await session.Events.FetchStreamStateAsync(caseId, cancellation) is null)
            throw new InvalidFieldException("caseId", $"No case {caseId}.");

        var filed = ComplaintRules.File(command.ComplaintId, command.Kind, channel, command.Text, command.CaseId,
            command.Clerk, command.Outlet, complainant, command.Contact, command.Context.Actor.Office, clock.GetUtcNow());
        command.Context.Stamp(session, nameof(FileComplaint));
        session.Events.StartStream<Complaint>(command.ComplaintId, filed);
        return new SupervisionWritten(command.ComplaintId, 1);
    }
}
