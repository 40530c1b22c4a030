using CsCheck;
using FluentAssertions;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Tests.Cases;

/// <summary>Random sequences of case commands, valid and not: the lifecycle's promises hold for all of them.</summary>
public sealed class CaseProperties
{
    private static readonly Actor Clerk = new("clerk.1", ["clerk"], "610100", "W01", null, Channels.Window);
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));

    private enum Step { Accept, PayRight, PayWrong, Complete, Reject, RejectBlank, Withdraw }

    private static readonly Gen<(bool Free, Step[] Steps)> Journeys =
        Gen.Select(Gen.Bool, Gen.Enum<Step>().Array[0, 10]);

    private static object Decide(ServiceCase c, Step step, DateTimeOffset now) => step switch
    {
        Step.Accept => CaseRules.Accept(c, now),
        Step.PayRight => CaseRules.RecordPayment(c, c.Fee, "wechat", "WX-1", now),
        Step.PayWrong => CaseRules.RecordPayment(c, c.Fee + 1m, "wechat", "WX-2", now),
        Step.Complete => CaseRules.Complete(c, now),
        Step.Reject => CaseRules.Reject(c, "reason", now),
        Step.RejectBlank => CaseRules.Reject(c, " ", now),
        Step.Withdraw => CaseRules.Withdraw(c, null, now),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    private static ServiceCase Apply(ServiceCase c, object e) => e switch
    {
        CaseAccepted x => c.Apply(x),
        CasePaymentRecorded x => c.Apply(x),
        CaseCompleted x => c.Apply(x),
        CaseRejected x => c.Apply(x),
        CaseWithdrawn x => c.Apply(x),
        _ => throw new ArgumentException(e.GetType().Name),
    };

    [Fact]
    public void whatever_is_tried_the_lifecycle_promises_hold()
    {
        Journeys.Sample(journey =>
        {
            var type = BusinessCatalogue.Standard.Find(journey.Free ? "licence.contact_change" : "licence.renew")!;
            var id = Guid.NewGuid();
            var opened = CaseRules.Open(id, type, "11010519491231002X", Clerk, Start);
            var state = ServiceCase.Create(opened);
            var stored = new List<object> { opened };
            var now = Start;

            foreach (var step in journey.Steps)
            {
                now = now.AddMinutes(1);
                var before = state;
                try
                {
                    var decided = Decide(state, step, now);
                    state = Apply(state, decided);
                    stored.Add(decided);
                }
                catch (DomainRuleException)
                {
                    state.Should().Be(before, "a refused command changes nothing");
                }

                // Replaying what was stored gives the same state as deciding step by step.
                stored.Skip(1).Aggregate(ServiceCase.Create(opened), Apply).Should().BeEquivalentTo(state);
            }

            stored.OfType<CasePaymentRecorded>().Count().Should().BeLessThanOrEqualTo(1, "a fee is paid once");
            stored.OfType<CasePaymentRecorded>().Where(p => p.Amount != type.Fee).Should().BeEmpty("only the exact fee is taken");
            stored.Count(e => e is CaseCompleted or CaseRejected or CaseWithdrawn).Should().BeLessThanOrEqualTo(1,
                "a case closes once");
            var closing = stored.FindIndex(e => e is CaseCompleted or CaseRejected or CaseWithdrawn);
            if (closing >= 0) closing.Should().Be(stored.Count - 1, "nothing follows the close");
            if (state.Status == CaseStatus.Completed && type.Fee > 0) state.IsPaid.Should().BeTrue();
        }, iter: 2000);
    }
}
