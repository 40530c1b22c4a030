using FluentAssertions;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Domain.Tests.Violations;

public sealed class PointsAccountTests
{
    private const string Holder = "11010519491231002X";
    private static readonly DateTimeOffset First = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid AccountId = PointsAccount.IdFor(Holder);

    private static LedgerPointsRecorded Points(int points, DateTimeOffset at, bool unpaid, Guid? violation = null) =>
        new(AccountId, Holder, violation ?? Guid.NewGuid(), points, unpaid, at);

    [Fact]
    public void the_account_id_is_the_same_for_the_same_holder() =>
        PointsAccount.IdFor(Holder.ToLowerInvariant()).Should().Be(PointsAccount.IdFor(Holder)).And.NotBe(Guid.Empty);

    [Fact]
    public void points_of_the_cycle_add_up()
    {
        var account = PointsAccount.Create(Points(3, First, unpaid: false)).Apply(Points(6, First.AddMonths(5), unpaid: false));

        account.CyclePoints(First.AddMonths(6)).Should().Be(9);
    }

    [Fact]
    public void paid_points_clear_at_the_cycle_end_but_unpaid_ones_stay()
    {
        var unpaid = Guid.NewGuid();
        var account = PointsAccount.Create(Points(3, First, unpaid: false))
            .Apply(Points(6, First.AddMonths(2), unpaid: true, unpaid));

        account.CyclePoints(First.AddYears(1).AddDays(-1)).Should().Be(9, "the last day of the first cycle");
        account.CyclePoints(First.AddYears(1)).Should().Be(6, "the 3 paid points cleared; the 6 with an unpaid fine stay");

        var paid = account.Apply(new LedgerFinePaid(AccountId, Holder, unpaid, First.AddYears(1).AddDays(1)));
        paid.CyclePoints(First.AddYears(1).AddDays(2)).Should().Be(0);
    }
}
