namespace TrafficCqrs.Domain.Supervision;

/// <summary>A consultation, complaint or report and where it stands; rebuilt from its events.</summary>
public sealed record Complaint
{
    public Guid Id { get; init; }
    public long Version { get; init; }
    public string Kind { get; init; } = "";
    public string Channel { get; init; } = "";
    public string Text { get; init; } = "";
    public Guid? CaseId { get; init; }
    public string? Clerk { get; init; }
    public string? Outlet { get; init; }
    public string? ComplainantIdNumber { get; init; }
    public string? Contact { get; init; }
    public string Office { get; init; } = "";
    public DateTimeOffset FiledAt { get; init; }
    public DateTimeOffset AnswerDueBy { get; init; }
    public ComplaintStatus Status { get; init; }
    public string? Handler { get; init; }
    public string? Answer { get; init; }
    public bool? Substantiated { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public bool AnsweredLate { get; init; }

    /// <summary>Unanswered once the due time has come.</summary>
    public bool IsOverdueAt(DateTimeOffset at) => Status != ComplaintStatus.Answered && at >= AnswerDueBy;

    public static Complaint Create(ComplaintFiled e) => new()
    {
        Id = e.ComplaintId,
        Kind = e.Kind,
        Channel = e.Channel,
        Text = e.Text,
        CaseId = e.CaseId,
        Clerk = e.Clerk,
        Outlet = e.Outlet,
        ComplainantIdNumber = e.ComplainantIdNumber,
        Contact = e.Contact,
        Office = e.Office,
        FiledAt = e.FiledAt,
        AnswerDueBy = e.AnswerDueBy,
        Status = ComplaintStatus.Filed,
    };

    public Complaint Apply(ComplaintAssigned e) => this with { Status = ComplaintStatus.Assigned, Handler = e.Handler };

    public Complaint Apply(ComplaintAnswered e) => this with
    {
        Status = ComplaintStatus.Answered,
        Answer = e.Answer,
        Substantiated = e.Substantiated,
        AnsweredAt = e.AnsweredAt,
        AnsweredLate = e.Late,
    };
}
