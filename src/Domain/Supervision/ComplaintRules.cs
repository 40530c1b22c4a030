namespace TrafficCqrs.Domain.Supervision;

/// <summary>A complaint's life: filed → assigned → answered, within the answer deadline.</summary>
public static class ComplaintRules
{
    /// <summary>Every consultation, complaint and report is answered within this many working days.</summary>
    public const int AnswerWithinWorkingDays = 5;

    public const string TextRequired = "supervision.complaint_text_required";
    public const string TargetRequired = "supervision.complaint_target_required";
    public const string HandlerRequired = "supervision.complaint_handler_required";
    public const string AlreadyAnswered = "supervision.complaint_already_answered";
    public const string NotAssigned = "supervision.complaint_not_assigned";
    public const string AnswerRequired = "supervision.complaint_answer_required";

    public static ComplaintFiled File(Guid id, string kind, string channel, string text, Guid? caseId, string? clerk,
        string? outlet, string? complainantIdNumber, string? contact, string office, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new Common.DomainRuleException(TextRequired, "Say what the consultation, complaint or report is about.");
        if (kind != ComplaintKinds.Consultation && caseId is null && Blank(clerk) && Blank(outlet))
            throw new Common.DomainRuleException(TargetRequired, "A complaint or report names the case, clerk or outlet it is about.");
        return new ComplaintFiled(id, kind, channel, text.Trim(), caseId, Trimmed(clerk), Trimmed(outlet),
            Trimmed(complainantIdNumber), Trimmed(contact), office, now,
            WorkingDays.EndOfWorkingDaysAfter(now, AnswerWithinWorkingDays));
    }

    public static ComplaintAssigned Assign(Complaint c, string handler, DateTimeOffset now)
    {
        RefuseWhenAnswered(c);
        if (string.IsNullOrWhiteSpace(handler))
            throw new Common.DomainRuleException(HandlerRequired, "Name who is to answer.");
        return new ComplaintAssigned(c.Id, handler.Trim(), now);
    }

    public static ComplaintAnswered Answer(Complaint c, string answer, bool? substantiated, DateTimeOffset now)
    {
        RefuseWhenAnswered(c);
        if (c.Status != ComplaintStatus.Assigned)
            throw new Common.DomainRuleException(NotAssigned, "Assign the complaint to someone before answering it.");
        if (string.IsNullOrWhiteSpace(answer))
            throw new Common.DomainRuleException(AnswerRequired, "The answer cannot be empty.");
        return new ComplaintAnswered(c.Id, answer.Trim(), substantiated, now, now >= c.AnswerDueBy);
    }

    private static void RefuseWhenAnswered(Complaint c)
    {
        if (c.Status == ComplaintStatus.Answered)
            throw new Common.DomainRuleException(AlreadyAnswered, $"It was already answered on {c.AnsweredAt:yyyy-MM-dd}.");
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
    private static string? Trimmed(string? value) => Blank(value) ? null : value!.Trim();
}
