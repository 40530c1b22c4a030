namespace TrafficCqrs.Domain.Violations;

/// <summary>
/// The fine and its late fee (加处罚款): 3% of the fine for each day after the due date, never more
/// than the fine itself, so at most double the fine is ever due. Money is decimal yuan, rounded to
/// the fen.
/// </summary>
public static class FineArithmetic
{
    public const decimal DailyLateRate = 0.03m;

    /// <summary>Whole natural days after the due date; paying on the due date is not late.</summary>
    public static int DaysLate(DateOnly dueOn, DateOnly paidOn) => Math.Max(0, paidOn.DayNumber - dueOn.DayNumber);

    public static decimal LateFee(decimal fine, DateOnly dueOn, DateOnly paidOn)
    {
        var fee = Math.Round(fine * DailyLateRate * DaysLate(dueOn, paidOn), 2, MidpointRounding.AwayFromZero);
        return Math.Min(fee, fine);
    }

    public static decimal AmountDue(decimal fine, DateOnly dueOn, DateOnly paidOn) => fine + LateFee(fine, dueOn, paidOn);
}
