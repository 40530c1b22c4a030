using FluentAssertions;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Domain.Tests.Supervision;

public sealed class ComplaintRulesTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 25, 10, 0, 0, Beijing);
    private static readonly Guid Id = Guid.Parse("0190f3a2-2222-7000-8000-000000000001");
    private static readonly Guid CaseId = Guid.Parse("0190f3a2-3333-7000-8000-000000000001");

    private static ComplaintFiled Filed(string kind = ComplaintKinds.Complaint, DateTimeOffset? at = null) =>
        ComplaintRules.File(Id, kind, ComplaintChannels.Hotline, "Waited two hours.", CaseId, null, null, null, null,
            "610100", at ?? Wednesday);

    private static Complaint Given(params object[] events)
    {
        var state = Complaint.Create((ComplaintFiled)events[0]);
        foreach (var e in events.Skip(1))
            state = e switch
            {
                ComplaintAssigned a => state.Apply(a),
                ComplaintAnswered a => state.Apply(a),
                _ => throw new ArgumentException(e.GetType().Name),
            };
        return state;
    }

    private static void Refused(Action act, string code) =>
        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);

    [Fact]
    public void the_answer_is_due_at_the_end_of_the_fifth_working_day_after_filing() =>
        Filed().AnswerDueBy.Should().Be(new DateTimeOffset(2026, 12, 3, 0, 0, 0, Beijing),
            "Thu, Fri, Mon, Tue, Wed: the weekend does not count");

    [Fact]
    public void filed_at_the_weekend_the_count_starts_on_monday() =>
        Filed(at: new DateTimeOffset(2026, 11, 28, 15, 0, 0, Beijing)).AnswerDueBy
            .Should().Be(new DateTimeOffset(2026, 12, 5, 0, 0, 0, Beijing));

    [Fact]
    public void the_office_day_decides_not_the_utc_day() =>
        // Friday 23:30 UTC is already Saturday in Beijing.
        Filed(at: new DateTimeOffset(2026, 11, 27, 23, 30, 0, TimeSpan.Zero)).AnswerDueBy
            .Should().Be(new DateTimeOffset(2026, 12, 5, 0, 0, 0, Beijing));

    [Fact]
    public void a_complaint_or_report_names_what_it_is_about()
    {
        Refused(() => ComplaintRules.File(Id, ComplaintKinds.Report, "online", "Bribes.", null, " ", null, null, null,
            "610100", Wednesday), ComplaintRules.TargetRequired);
        ComplaintRules.File(Id, ComplaintKinds.Report, "online", "Bribes.", null, "clerk.li", null, null, null,
            "610100", Wednesday).Clerk.Should().Be("clerk.li");
    }

    [Fact]
    public void a_consultation_may_be_about_nothing_in_particular() =>
        ComplaintRules.File(Id, ComplaintKinds.Consultation, "online", "Which papers for a transfer?", null, null,
            null, null, null, "610100", Wednesday).Kind.Should().Be(ComplaintKinds.Consultation);

    [Fact]
    public void an_empty_text_is_refused() =>
        Refused(() => ComplaintRules.File(Id, ComplaintKinds.Consultation, "online", "  ", null, null, null, null, null,
            "610100", Wednesday), ComplaintRules.TextRequired);

    [Fact]
    public void answering_needs_someone_assigned() =>
        Refused(() => ComplaintRules.Answer(Given(Filed()), "Sorry.", true, Wednesday), ComplaintRules.NotAssigned);

    [Fact]
    public void assignment_names_a_handler() =>
        Refused(() => ComplaintRules.Assign(Given(Filed()), "", Wednesday), ComplaintRules.HandlerRequired);

    [Fact]
    public void an_answer_before_the_due_time_is_on_time_and_at_it_late()
    {
        var assigned = Given(Filed(), new ComplaintAssigned(Id, "supervisor.1", Wednesday));
        var due = assigned.AnswerDueBy;

        ComplaintRules.Answer(assigned, "Sorry.", true, due.AddTicks(-1)).Late.Should().BeFalse();
        ComplaintRules.Answer(assigned, "Sorry.", true, due).Late.Should().BeTrue();
    }

    [Fact]
    public void an_answered_complaint_is_closed()
    {
        var answered = Given(Filed(), new ComplaintAssigned(Id, "s", Wednesday),
            new ComplaintAnswered(Id, "Done.", false, Wednesday, false));

        Refused(() => ComplaintRules.Answer(answered, "Again.", null, Wednesday), ComplaintRules.AlreadyAnswered);
        Refused(() => ComplaintRules.Assign(answered, "other", Wednesday), ComplaintRules.AlreadyAnswered);
        answered.IsOverdueAt(answered.AnswerDueBy.AddDays(30)).Should().BeFalse();
    }

    [Fact]
    public void an_unanswered_complaint_is_overdue_from_its_due_time()
    {
        var filed = Given(Filed());

        filed.IsOverdueAt(filed.AnswerDueBy.AddTicks(-1)).Should().BeFalse();
        filed.IsOverdueAt(filed.AnswerDueBy).Should().BeTrue();
    }
}
