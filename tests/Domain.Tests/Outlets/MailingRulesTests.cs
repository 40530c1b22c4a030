using FluentAssertions;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Domain.Tests.Outlets;

public sealed class MailingRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly Actor Clerk = new("clerk.1", ["clerk"], "610100", "W01", null, Channels.Window);

    private static ServiceCase Case(string type, bool completed)
    {
        var opened = CaseRules.Open(Guid.NewGuid(), BusinessCatalogue.Standard.Find(type)!, "11010519491231002X", Clerk, Now);
        var state = ServiceCase.Create(opened).Apply(new CaseAccepted(opened.CaseId, Now));
        return completed ? state.Apply(new CaseCompleted(opened.CaseId, Now)) : state;
    }

    [Fact]
    public void a_completed_replacement_is_mailed_with_its_tracking_number()
    {
        var c = Case("licence.replace_lost", completed: true);

        MailingRules.Mail(c, "ems", "EMS1234567890", Now).Should().Be(new CaseDocumentMailed(c.Id, "ems", "EMS1234567890", Now));
    }

    [Fact]
    public void nothing_is_mailed_before_completion() =>
        FluentActions.Invoking(() => MailingRules.Mail(Case("licence.replace_lost", completed: false), "ems", "EMS1234567890", Now))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be(MailingRules.NotCompleted);

    [Fact]
    public void a_business_without_a_new_document_has_nothing_to_mail() =>
        FluentActions.Invoking(() => MailingRules.Mail(Case("violation.handle", completed: true), "ems", "EMS1234567890", Now))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be(MailingRules.NothingToMail);
}
