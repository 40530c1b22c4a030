using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Domain.Accidents;

/// <summary>One party as reported, with the facts that decide whether the police must attend.</summary>
public sealed record PartyReport(
    string? IdNumber,
    string? Plate,
    string? Insurer,
    string? PolicyNumber,
    string? PointOfImpact,
    bool Unlicensed = false,
    bool Drunk = false,
    bool PlateSuspectedFake = false,
    bool Fled = false,
    bool VehicleCannotMove = false);

/// <summary>What the parties report: when, where, whether anyone is hurt, and each party.</summary>
public sealed record AccidentReport(
    DateTimeOffset OccurredAt,
    string? Place,
    bool AnyoneInjured,
    IReadOnlyList<PartyReport> Parties);

/// <summary>
/// Fast settlement (快处快赔): only property damage, only when every party is present, licensed,
/// sober, with a real plate and a vehicle that can be moved off the road; otherwise the police
/// attend (道路交通事故处理程序规定). Then responsibility, by agreement or by the police online on a joint
/// request; each insurer assesses the vehicle it insures and settles its claim; when all are
/// settled the accident closes.
/// </summary>
public static class AccidentRules
{
    // Why the police must attend: one code per cause.
    public const string Injury = "accident.injury";
    public const string PartyFled = "accident.party_fled";
    public const string UnlicensedDriver = "accident.unlicensed_driver";
    public const string DrunkDriver = "accident.drunk_driver";
    public const string MissingPlate = "accident.missing_plate";
    public const string FakePlate = "accident.fake_plate";
    public const string VehicleCannotMove = "accident.vehicle_cannot_move";

    public const string NeedsTwoParties = "accident.needs_two_parties";
    public const string DuplicateParty = "accident.duplicate_party";
    public const string OccurredInFuture = "accident.occurred_in_future";
    public const string ResponsibilityAlreadyFixed = "accident.responsibility_already_fixed";
    public const string AwaitingPoliceDecision = "accident.awaiting_police_decision";
    public const string JointRequestRequired = "accident.joint_request_required";
    public const string NoPoliceRequest = "accident.no_police_request";
    public const string SharesMustCoverParties = "accident.shares_must_cover_parties";
    public const string UnknownResponsibility = "accident.unknown_responsibility";
    public const string InconsistentResponsibility = "accident.inconsistent_responsibility";
    public const string ReasonRequired = "accident.reason_required";
    public const string ResponsibilityNotFixed = "accident.responsibility_not_fixed";
    public const string UnknownParty = "accident.unknown_party";
    public const string NotTheInsurer = "accident.not_the_insurer";
    public const string AlreadyAssessed = "accident.already_assessed";
    public const string NotAssessed = "accident.not_assessed";
    public const string AlreadySettled = "accident.already_settled";
    public const string SettlementExceedsAssessment = "accident.settlement_exceeds_assessment";
    public const string Closed = "accident.closed";

    public const int MinimumParties = 2;

    // With two parties only these pairs make sense (either order).
    private static readonly (string, string)[] TwoPartyPairs =
    [
        (Responsibility.Full, Responsibility.None),
        (Responsibility.Main, Responsibility.Secondary),
        (Responsibility.Equal, Responsibility.Equal),
    ];

    /// <summary>Refuses, with the first cause found, an accident the police must attend.</summary>
    public static void RefuseWherePoliceMustAttend(AccidentReport report)
    {
        if (report.AnyoneInjured)
            Refuse(Injury, "Someone is hurt: the police must attend (call 122); this is not a fast settlement.");
        foreach (var party in report.Parties)
        {
            if (party.Fled)
                Refuse(PartyFled, "A party has left the scene: the police must attend.");
            if (party.Unlicensed)
                Refuse(UnlicensedDriver, "A driver has no valid licence: the police must attend.");
            if (party.Drunk)
                Refuse(DrunkDriver, "A driver is suspected of drinking: the police must attend.");
            if (string.IsNullOrWhiteSpace(party.Plate))
                Refuse(MissingPlate, "A vehicle has no plate: the police must attend.");
            if (party.PlateSuspectedFake)
                Refuse(FakePlate, "A plate is suspected to be false: the police must attend.");
            if (party.VehicleCannotMove)
                Refuse(VehicleCannotMove, "A vehicle cannot be moved: the police must attend.");
        }
    }

    /// <summary>Records the agreement, once the police need not attend and every field has been checked.</summary>
    public static AccidentReported Report(Guid id, DateTimeOffset occurredAt, string place,
        IReadOnlyList<AccidentParty> parties, DateTimeOffset now)
    {
        if (parties.Count < MinimumParties)
            Refuse(NeedsTwoParties, $"A fast settlement is agreed between at least {MinimumParties} parties.");
        if (parties.Select(p => p.Plate).Distinct().Count() != parties.Count
            || parties.Select(p => p.IdNumber).Distinct(StringComparer.OrdinalIgnoreCase).Count() != parties.Count)
            Refuse(DuplicateParty, "Each party appears once, with its own vehicle.");
        if (occurredAt > now)
            Refuse(OccurredInFuture, "An accident cannot be reported before it happens.");
        return new AccidentReported(id, occurredAt, place, parties, now);
    }

    public static AccidentResponsibilityAgreed AgreeResponsibility(Accident a, IReadOnlyList<ResponsibilityShare> shares,
        DateTimeOffset now)
    {
        RefuseUnlessOpenForResponsibility(a);
        return new AccidentResponsibilityAgreed(a.Id, CheckShares(a, shares), now);
    }

    /// <summary>The parties ask the police to decide; every party must join the request.</summary>
    public static AccidentPoliceDecisionRequested RequestPoliceDecision(Accident a, IReadOnlyList<string> requestedBy,
        DateTimeOffset now)
    {
        RefuseUnlessOpenForResponsibility(a);
        var requesting = requestedBy.Select(x => x.ToUpperInvariant()).ToHashSet();
        if (a.Parties.Any(p => !requesting.Contains(p.IdNumber.ToUpperInvariant())))
            Refuse(JointRequestRequired, "The police decide online only when every party asks.");
        return new AccidentPoliceDecisionRequested(a.Id, a.Parties.Select(p => p.IdNumber).ToList(), now);
    }

    public static AccidentResponsibilityDecided DecideResponsibility(Accident a, IReadOnlyList<ResponsibilityShare> shares,
        string reason, DateTimeOffset now)
    {
        RefuseWhenClosed(a);
        if (a.Status != AccidentStatus.AwaitingPoliceDecision)
            Refuse(NoPoliceRequest, "The police decide responsibility only on the parties' joint request.");
        if (string.IsNullOrWhiteSpace(reason))
            Refuse(ReasonRequired, "The police's decision must give its reasons.");
        return new AccidentResponsibilityDecided(a.Id, CheckShares(a, shares), reason.Trim(), now);
    }

    /// <summary>An insurer assesses the damage to the vehicle it insures in this accident.</summary>
    public static AccidentDamageAssessed AssessDamage(Accident a, string insurer, string plate, decimal amount,
        DateTimeOffset now)
    {
        var party = InsuredParty(a, insurer, plate);
        if (a.Assessments.ContainsKey(party.Plate))
            Refuse(AlreadyAssessed, $"The damage to {plate} has already been assessed.");
        return new AccidentDamageAssessed(a.Id, party.Insurer, party.Plate, amount, now);
    }

    /// <summary>An insurer settles the claim for a vehicle; the last settlement closes the accident.</summary>
    public static IReadOnlyList<object> SettleClaim(Accident a, string insurer, string plate, decimal amount,
        string reference, DateTimeOffset now)
    {
        var party = InsuredParty(a, insurer, plate);
        if (!a.Assessments.TryGetValue(party.Plate, out var assessed))
            Refuse(NotAssessed, $"The damage to {plate} must be assessed before the claim is settled.");
        if (a.Settlements.ContainsKey(party.Plate))
            Refuse(AlreadySettled, $"The claim for {plate} has already been settled.");
        if (amount > assessed)
            Refuse(SettlementExceedsAssessment,
                $"The settlement ({amount:0.00}) exceeds the assessed damage ({assessed:0.00}).");

        var settled = new AccidentClaimSettled(a.Id, party.Insurer, party.Plate, amount, reference, now);
        var allSettled = a.Parties.All(p => p.Plate == party.Plate || a.Settlements.ContainsKey(p.Plate));
        return allSettled ? [settled, new AccidentClosed(a.Id, a.Plates.ToList(), now)] : [settled];
    }

    public static AccidentReferredToCourt ReferToCourt(Accident a, string court, DateTimeOffset now) =>
        new(a.Id, court, now);

    private static AccidentParty InsuredParty(Accident a, string insurer, string plate)
    {
        RefuseWhenClosed(a);
        if (a.Status != AccidentStatus.ResponsibilityFixed)
            Refuse(ResponsibilityNotFixed, "Damage is assessed and claims settled once responsibility is fixed.");
        var party = a.PartyWithPlate(plate);
        if (party is null)
            Refuse(UnknownParty, $"No vehicle {plate} in this accident.");
        if (!string.Equals(party.Insurer, insurer, StringComparison.OrdinalIgnoreCase))
            Refuse(NotTheInsurer, $"{plate} is insured by {party.Insurer}, not {insurer}.");
        return party;
    }

    private static IReadOnlyList<ResponsibilityShare> CheckShares(Accident a, IReadOnlyList<ResponsibilityShare> shares)
    {
        var byParty = shares.GroupBy(s => s.IdNumber.ToUpperInvariant()).ToList();
        if (byParty.Count != shares.Count || shares.Count != a.Parties.Count
            || a.Parties.Any(p => byParty.All(g => g.Key != p.IdNumber.ToUpperInvariant())))
            Refuse(SharesMustCoverParties, "Give each party's responsibility once, and only the parties'.");
        if (shares.FirstOrDefault(s => !Responsibility.All.Contains(s.Responsibility)) is { } unknown)
            Refuse(UnknownResponsibility,
                $"Responsibility is one of {string.Join(", ", Responsibility.All)}, not '{unknown.Responsibility}'.");
        if (shares.All(s => s.Responsibility == Responsibility.None))
            Refuse(InconsistentResponsibility, "Someone bears responsibility for an accident.");
        if (shares.Count == 2)
        {
            var (x, y) = (shares[0].Responsibility, shares[1].Responsibility);
            if (!TwoPartyPairs.Any(p => (p.Item1 == x && p.Item2 == y) || (p.Item1 == y && p.Item2 == x)))
                Refuse(InconsistentResponsibility,
                    $"Between two parties responsibility is full/none, main/secondary or equal/equal, not {x}/{y}.");
        }
        // Stored with the parties' own spelling of their ID numbers.
        return a.Parties.Select(p => new ResponsibilityShare(p.IdNumber,
            shares.First(s => s.IdNumber.Equals(p.IdNumber, StringComparison.OrdinalIgnoreCase)).Responsibility)).ToList();
    }

    private static void RefuseUnlessOpenForResponsibility(Accident a)
    {
        RefuseWhenClosed(a);
        if (a.Status == AccidentStatus.AwaitingPoliceDecision)
            Refuse(AwaitingPoliceDecision, "The police have been asked to decide responsibility.");
        if (a.Status != AccidentStatus.Reported)
            Refuse(ResponsibilityAlreadyFixed, "Responsibility has already been fixed.");
    }

    private static void RefuseWhenClosed(Accident a)
    {
        if (a.Status == AccidentStatus.Closed)
            Refuse(Closed, "The accident is closed: every claim was settled.");
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Refuse(string code, string message) => throw new DomainRuleException(code, message);
}
