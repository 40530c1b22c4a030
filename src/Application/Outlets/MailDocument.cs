using System.Text.RegularExpressions;
using Marten;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Outlets;

namespace TrafficCqrs.Application.Outlets;

/// <summary>The completed case's new document is posted to the applicant; the tracking number is kept on the case.</summary>
public sealed record MailDocument(
    Guid CaseId,
    string Carrier,
    string TrackingNumber,
    long? ExpectedVersion,
    CommandContext Context);

public static partial class MailDocumentHandler
{
    [GeneratedRegex("^[A-Za-z0-9]{8,30}$")]
    private static partial Regex TrackingPattern();

    public static Task<CaseWritten> Handle(MailDocument command, IDocumentSession session, OutletCommissions outlets,
        TimeProvider clock, CancellationToken cancellation)
    {
        if (!MailingRules.Carriers.Contains(command.Carrier))
            throw new InvalidFieldException("carrier", $"Carrier must be one of: {string.Join(", ", MailingRules.Carriers)}.");
        if (!TrackingPattern().IsMatch(command.TrackingNumber ?? ""))
            throw new InvalidFieldException("trackingNumber", "A tracking number is 8 to 30 letters or digits.");

        return CaseStream.Decide(session, outlets, command.CaseId, command.ExpectedVersion, command.Context, nameof(MailDocument),
            c => MailingRules.Mail(c, command.Carrier, command.TrackingNumber!.ToUpperInvariant(), clock.GetUtcNow()),
            cancellation);
    }
}
