using System.Reflection;
using System.Text.Json;
using CsCheck;
using FluentAssertions;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Licensing;
using static TrafficCqrs.Domain.Tests.Licensing.LicenceGiven;

namespace TrafficCqrs.Domain.Tests.Licensing;

/// <summary>
/// Random lives of a licence: commands valid and not, on days the clock reaches by random steps,
/// decided by the pure rules. Whatever is tried, a refusal changes nothing, the stored events rebuild
/// the state, and the promises of the licence rules hold.
/// </summary>
public sealed class LicenceProperties
{
    private const string Office = "610100";

    // Each command first moves the clock forward by Gap hours (a renewal instead jumps to a day
    // relative to the expiry), so decisions land on random days, inside and outside every window.
    private abstract record Command(int Gap);
    private sealed record Replace(int Gap, ReplacementReason Reason, string Channel) : Command(Gap);
    private sealed record Renew(int DaysFromExpiry) : Command(0);
    private sealed record Postpone(int Gap, PostponedMatter Matter, int DaysAfterDue, bool WithReason) : Command(Gap);
    private sealed record Suspend(int Gap, int Days, bool WithReason) : Command(Gap);
    private sealed record Detain(int Gap, bool WithReason) : Command(Gap);
    private sealed record Cancel(int Gap, bool WithReason) : Command(Gap);
    private sealed record Restore(int Gap, bool SubjectOnePassed, bool WithReason) : Command(Gap);
    private sealed record RecordPoints(int Gap, int Score, int DaysAgo, bool FinePaid, bool SameViolationAgain) : Command(Gap);
    private sealed record PayFine(int Gap, int Which) : Command(Gap);
    private sealed record Study(int Gap, int Points) : Command(Gap);
    private sealed record ChangeDetails(int Gap, bool GivePhone) : Command(Gap);
    private sealed record Medical(int Gap, bool WithCertificate) : Command(Gap);
    private sealed record Review(int Gap, bool Fail) : Command(Gap);
    private sealed record StepDown(int Gap) : Command(Gap);
    private sealed record Education(int Gap, int Hours, bool Unresolved) : Command(Gap);

    private static readonly Gen<int> Gap = Gen.Frequency((3, Gen.Int[0, 72]), (2, Gen.Int[72, 24 * 240]));
    private static readonly Gen<bool> Mostly = Gen.Int[0, 9].Select(i => i > 0);

    private static readonly Gen<Command> Commands = Gen.Frequency(
        (3, Gen.Select(Gap, Gen.Enum<ReplacementReason>(), Gen.OneOf(Channels.Window, Channels.Online, Channels.Kiosk),
            (g, r, c) => (Command)new Replace(g, r, c))),
        (4, Gen.Int[-150, 500].Select(d => (Command)new Renew(d))),
        (2, Gen.Select(Gap, Gen.Enum<PostponedMatter>(), Gen.Int[-30, 1200], Mostly,
            (g, m, d, r) => (Command)new Postpone(g, m, d, r))),
        (2, Gen.Select(Gap, Gen.Int[-5, 200], Mostly, (g, d, r) => (Command)new Suspend(g, d, r))),
        (1, Gen.Select(Gap, Mostly, (g, r) => (Command)new Detain(g, r))),
        (1, Gen.Select(Gap, Mostly, (g, r) => (Command)new Cancel(g, r))),
        (3, Gen.Select(Gap, Gen.Bool, Mostly, (g, s, r) => (Command)new Restore(g, s, r))),
        (6, Gen.Select(Gap, Gen.Frequency((9, Gen.OneOf(12, 9, 6, 3, 1)), (1, Gen.OneOf(0, 2, 13))),
            Gen.Int[-3, 500], Gen.Bool, Gen.Int[0, 5].Select(i => i == 0),
            (g, s, d, p, a) => (Command)new RecordPoints(g, s, d, p, a))),
        (2, Gen.Select(Gap, Gen.Int[-1, 5], (g, w) => (Command)new PayFine(g, w))),
        (3, Gen.Select(Gap, Gen.Int[0, 7], (g, p) => (Command)new Study(g, p))),
        (1, Gen.Select(Gap, Mostly, (g, p) => (Command)new ChangeDetails(g, p))),
        (1, Gen.Select(Gap, Mostly, (g, c) => (Command)new Medical(g, c))),
        (1, Gen.Select(Gap, Gen.Bool, (g, f) => (Command)new Review(g, f))),
        (1, Gap.Select(g => (Command)new StepDown(g))),
        (1, Gen.Select(Gap, Gen.Int[0, 5], Gen.Int[0, 4].Select(i => i == 0), (g, h, u) => (Command)new Education(g, h, u))));

    private static readonly Gen<string[]> ClassSets =
        Gen.OneOf<string[]>(["C1"], ["C2"], ["B2"], ["A1", "D"], ["C1", "E"]);

    /// <summary>Issue day, age at issue (so the step-down at 60 and the yearly medical at 70 come into reach), classes, commands.</summary>
    private static readonly Gen<(int IssueDay, int AgeAtIssue, string[] Classes, Command[] Commands)> Lives =
        Gen.Select(Gen.Int[0, 3650], Gen.Int[18, 62], ClassSets, Commands.Array[1, 40]);

    private static readonly HashSet<string> DeclaredCodes = DeclaredCodesOf(typeof(LicenceRules), typeof(PointsRules));

    [Fact]
    public void whatever_is_tried_the_licence_rules_hold()
    {
        Lives.Sample(life =>
        {
            var issuedOn = new DateOnly(2012, 1, 1).AddDays(life.IssueDay);
            var issued = LicenceRules.Issue(Id, Holder, issuedOn.AddYears(-life.AgeAtIssue).AddDays(-life.IssueDay % 365),
                life.Classes, Office, null, At(issuedOn));
            var state = DrivingLicence.Create(issued);
            var stored = new List<object>();
            var now = At(issuedOn);
            var violations = new List<Guid>();

            foreach (var command in life.Commands)
            {
                now = Advance(now, command, state);
                var today = LicenceCalendar.Today(now);
                var before = state;
                var snapshot = Json(before);
                IReadOnlyList<object> decided;
                try
                {
                    decided = Decide(state, command, now, violations);
                }
                catch (DomainRuleException refused)
                {
                    Json(state).Should().Be(snapshot, "a refused command changes nothing ({0})", command);
                    DeclaredCodes.Should().Contain(refused.Code, "refusals carry a code declared by the rules");
                    continue;
                }

                state = decided.Aggregate(state, Apply);
                stored.AddRange(decided);
                AcceptedAsPromised(before, command, decided, stored, today);
                HoldsAfterAnyStep(state, stored, today);
            }

            // The stream as stored (each event written to JSON and read back) rebuilds the same state.
            var replayed = Licence([issued, .. stored.Select(RoundTrip)]);
            Json(replayed).Should().Be(Json(state), "replaying the stored events gives the state decided step by step");
        }, iter: 500);
    }

    private static DateTimeOffset Advance(DateTimeOffset now, Command command, DrivingLicence state) =>
        command is Renew { DaysFromExpiry: var days } && state.ValidUntil is { } until && At(until.AddDays(days)) > now
            ? At(until.AddDays(days))
            : now.AddHours(command.Gap);

    private static IReadOnlyList<object> Decide(DrivingLicence l, Command command, DateTimeOffset now, List<Guid> violations)
    {
        var today = LicenceCalendar.Today(now);
        static string Why(bool given) => given ? "a reason" : " ";
        return command switch
        {
            Replace c => [LicenceRules.Replace(l, c.Reason, c.Channel, Office, null, now)],
            Renew => LicenceRules.Renew(l, Office, null, now),
            Postpone c => [LicenceRules.Postpone(l, c.Matter,
                (c.Matter == PostponedMatter.Renewal ? l.ValidUntil ?? today : today).AddDays(c.DaysAfterDue),
                Why(c.WithReason), null, now)],
            Suspend c => [LicenceRules.Suspend(l, today.AddDays(c.Days), Why(c.WithReason), now)],
            Detain c => [LicenceRules.Detain(l, Why(c.WithReason), now)],
            Cancel c => [LicenceRules.Cancel(l, Why(c.WithReason), now)],
            Restore c => [LicenceRules.Restore(l, Why(c.WithReason), c.SubjectOnePassed, now)],
            RecordPoints c => PointsRules.Record(l, ViolationFor(c, violations), c.Score, today.AddDays(-c.DaysAgo), now,
                c.FinePaid ? today : null),
            PayFine c => PointsRules.FinePaid(l, c.Which >= 0 && violations.Count > 0 ? violations[c.Which % violations.Count]
                : Guid.Empty, today, now),
            Study c => [PointsRules.ReduceByStudy(l, c.Points, now)],
            ChangeDetails c => [LicenceRules.ChangeDetails(l, c.GivePhone ? "13800000000" : null, null, null, null, now)],
            Medical c => [LicenceRules.SubmitMedical(l, c.WithCertificate ? "MED-1" : "", today, null, now)],
            Review c => [LicenceRules.Review(l, c.Fail ? "failed the check" : null, null, now)],
            StepDown => [LicenceRules.DowngradeByAge(l, now)],
            Education c => [PointsRules.CompleteReviewEducation(l, c.Hours, c.Unresolved, now)],
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    /// <summary>A new violation, or (sometimes) the last one again: the violations work may record twice.</summary>
    private static Guid ViolationFor(RecordPoints c, List<Guid> violations)
    {
        if (c.SameViolationAgain && violations.Count > 0) return violations[^1];
        var id = new Guid(violations.Count + 1, 0, 0, new byte[8]);
        violations.Add(id);
        return id;
    }

    /// <summary>What an accepted decision promises, checked against the state before it and the stream so far.</summary>
    private static void AcceptedAsPromised(DrivingLicence before, Command command, IReadOnlyList<object> decided,
        List<object> stored, DateOnly today)
    {
        var inForce = LicenceRules.EffectiveStatus(before, today) == LicenceStatus.Valid;
        if (before.Status == LicenceStatus.Cancelled)
            decided.Where(e => e is not (LicenceRestored or LicencePointsRecorded or LicencePointsFinePaid
                    or LicenceClassCancelled or LicenceReviewEducationCompleted))
                .Should().BeEmpty("a cancelled licence is only restored or has points put on it ({0})", command);

        foreach (var e in decided)
            switch (e)
            {
                case LicenceReplaced:
                    inForce.Should().BeTrue("a detained, suspended or cancelled licence is never replaced");
                    if (command is Replace { Channel: Channels.Online or Channels.Kiosk })
                        stored.OfType<LicenceReplaced>().Count(r => r.ReplacedOn > today.AddMonths(-LicenceRules.FrequentReplacementMonths))
                            .Should().BeLessThan(LicenceRules.FrequentReplacements, "a third replacement in 12 months is made in person");
                    break;

                case LicenceRenewed r:
                    inForce.Should().BeTrue("only a licence in force is renewed");
                    var until = before.ValidUntil ?? throw new InvalidOperationException("a long-term licence was renewed");
                    today.Should().BeOnOrAfter(until.AddDays(-LicenceRules.RenewalWindowDays), "renewal opens 90 days before expiry");
                    r.ValidFrom.Should().Be(until, "the new term starts at the old expiry");
                    var twelveInTerm = stored.Take(stored.Count - decided.Count)
                        .Reverse().TakeWhile(x => x is not LicenceRenewed)
                        .OfType<LicencePointsRecorded>().Any(p => p.CycleTotal >= PointsRules.DetentionThreshold);
                    r.Validity.Should().Be(twelveInTerm ? before.Validity : before.Validity.Next(),
                        "the term steps 6 → 10 → long-term, unless a points cycle of the term reached 12");
                    break;

                case LicenceSuspended s:
                    inForce.Should().BeTrue("only a licence in force is suspended");
                    s.Until.Should().BeAfter(today);
                    break;

                case LicenceDetained:
                    before.Status.Should().NotBe(LicenceStatus.Detained).And.NotBe(LicenceStatus.Cancelled);
                    break;

                case LicenceRestored r:
                    before.Status.Should().NotBe(LicenceStatus.Valid, "only a held or cancelled licence is restored");
                    if (before.Status == LicenceStatus.Cancelled || r.PointsCleared)
                        (command as Restore)!.SubjectOnePassed.Should().BeTrue(
                            "a cancelled licence or one at 12 points comes back only after subject 1");
                    break;

                case LicencePointsReduced:
                    before.Status.Should().Be(LicenceStatus.Valid, "points study is not open to a licence that is held");
                    break;

                case LicencePostponed p:
                    var due = p.Matter == PostponedMatter.Renewal ? before.ValidUntil!.Value : today;
                    p.Until.Should().BeAfter(today).And.BeOnOrBefore(due.AddYears(LicenceRules.MaxPostponementYears));
                    break;

                case LicenceClassDowngraded:
                    LicenceCalendar.Age(before.BirthDate, today).Should().BeGreaterThanOrEqualTo(LicenceRules.StepDownAge);
                    break;
            }
    }

    /// <summary>What must be true of the licence after any sequence, whatever was accepted or refused.</summary>
    private static void HoldsAfterAnyStep(DrivingLicence state, List<object> stored, DateOnly today)
    {
        if (PointsRules.Total(state, PointsRules.CurrentCycle(state, today).Start) >= PointsRules.DetentionThreshold)
            state.Status.Should().NotBe(LicenceStatus.Valid, "a licence at 12 points is held until study and subject 1");

        if (state.Status == LicenceStatus.Valid)
            state.Classes.Should().NotBeEmpty("a licence in force entitles its holder to drive something");

        state.ValidUntil.Should().Be(state.Validity.Until(state.ValidFrom), "the term's length is its validity step");

        // Points study removes at most 6 a cycle: counted from the stream, since the points were last cleared.
        stored.AsEnumerable().Reverse().TakeWhile(e => e is not LicenceRestored { PointsCleared: true })
            .OfType<LicencePointsReduced>().GroupBy(r => r.CycleStart).Where(cycle => cycle.Sum(r => r.Points) > PointsRules.StudyLimitPerCycle)
            .Should().BeEmpty("points study removes at most {0} points a cycle", PointsRules.StudyLimitPerCycle);

        // The validity never steps back.
        stored.OfType<LicenceRenewed>().Select(r => (int)r.Validity).Should().BeInAscendingOrder();
    }

    internal static HashSet<string> DeclaredCodesOf(params Type[] rules) =>
    [
        .. rules.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType());

    private static object RoundTrip(object e) => JsonSerializer.Deserialize(Json(e), e.GetType())!;
}
