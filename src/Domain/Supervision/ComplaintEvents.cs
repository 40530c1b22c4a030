using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Supervision;

// Consultations, complaints and reports (咨询、投诉、举报): one stream each, from filing to answer.

/// <summary>A consultation, complaint or report was received, through any channel.</summary>
/// <param name="Kind">consultation, complaint or report (<see cref="ComplaintKinds"/>).</param>
/// <param name="Channel">How it arrived (<see cref="ComplaintChannels"/>).</param>
/// <param name="CaseId">The case it is about, if any.</param>
/// <param name="Clerk">The user id of the clerk it is about, if any.</param>
/// <param name="Outlet">The outlet it is about, if any.</param>
/// <param name="Office">The office that received it and answers it.</param>
/// <param name="AnswerDueBy">The end of the last working day on which the answer is due.</param>
[EventName("supervision.complaint_filed")]
public sealed record ComplaintFiled(
    Guid ComplaintId,
    string Kind,
    string Channel,
    string Text,
    Guid? CaseId,
    string? Clerk,
    string? Outlet,
    string? ComplainantIdNumber,
    string? Contact,
    string Office,
    DateTimeOffset FiledAt,
    DateTimeOffset AnswerDueBy);

/// <summary>Someone was made responsible for answering.</summary>
[EventName("supervision.complaint_assigned")]
public sealed record ComplaintAssigned(Guid ComplaintId, string Handler, DateTimeOffset AssignedAt);

/// <summary>The answer was given; late when after the due time. Substantiated says whether a complaint or report held.</summary>
[EventName("supervision.complaint_answered")]
public sealed record ComplaintAnswered(
    Guid ComplaintId,
    string Answer,
    bool? Substantiated,
    DateTimeOffset AnsweredAt,
    bool Late);

public static class ComplaintKinds
{
    public const string Consultation = "consultation"; // 咨询
    public const string Complaint = "complaint";       // 投诉
    public const string Report = "report";             // 举报

    public static readonly IReadOnlyList<string> All = [Consultation, Complaint, Report];
}

public static class ComplaintChannels
{
    public const string Hotline = "hotline"; // 12123 / 12345 telephone
    public const string Letter = "letter";   // letters and visits (信访)

    public static readonly IReadOnlyList<string> All = [.. Channels.All, Hotline, Letter];
}

public enum ComplaintStatus
{
    Filed,
    Assigned,
    Answered,
}
