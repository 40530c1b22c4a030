using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Accidents;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Violations;

namespace TrafficCqrs.Application.Accidents;

/// <summary>
/// The parties report a property-only accident and record their agreement (快处快赔). Refused, with
/// the cause, where the police must attend.
/// </summary>
public sealed record ReportAccident(
    Guid AccidentId,
    DateTimeOffset? OccurredAt,
    string? Place,
    bool AnyoneInjured,
    IReadOnlyList<PartyReport>? Parties,
    CommandContext Context);

public static class ReportAccidentHandler
{
    public static AccidentWritten Handle(ReportAccident command, IDocumentSession session, TimeProvider clock)
    {
        var occurredAt = command.OccurredAt ?? throw new InvalidFieldException("occurredAt", "When it happened is required.");
        if (string.IsNullOrWhiteSpace(command.Place))
            throw new InvalidFieldException("place", "Where it happened is required.");
        if (command.Parties is not { Count: > 0 } reports)
            throw new InvalidFieldException("parties", "The parties are required.");

        // First whether the police must come: then the agreement's details do not matter.
        AccidentRules.RefuseWherePoliceMustAttend(new AccidentReport(occurredAt, command.Place, command.AnyoneInjured, reports));

        var parties = reports.Select(Party).ToList();
        var reported = AccidentRules.Report(command.AccidentId, occurredAt, command.Place.Trim(), parties, clock.GetUtcNow());

        command.Context.Stamp(session, nameof(ReportAccident));
        session.Events.StartStream<Accident>(command.AccidentId, reported);
        return new AccidentWritten(command.AccidentId, 1);
    }

    private static AccidentParty Party(PartyReport report, int index)
    {
        var at = $"parties[{index}]";
        if (!ResidentIdNumber.TryParse(report.IdNumber, out var id, out var idError))
            throw new InvalidFieldException($"{at}.idNumber", idError);
        if (!PlateNumber.TryNormalise(report.Plate, out var plate, out var plateError))
            throw new InvalidFieldException($"{at}.plate", plateError);
        return new AccidentParty(
            id.Value,
            plate,
            AccidentStream.InsurerCode(Required($"{at}.insurer", report.Insurer)),
            Required($"{at}.policyNumber", report.PolicyNumber),
            Required($"{at}.pointOfImpact", report.PointOfImpact));
    }

    private static string Required(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidFieldException(field, $"{field} is required.") : value.Trim();
}
