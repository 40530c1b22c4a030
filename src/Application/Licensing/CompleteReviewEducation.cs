using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Licensing;

namespace TrafficCqrs.Application.Licensing;

/// <summary>
/// Review education (审验教育) done by an A/B holder with points. Whether violations or accidents
/// are unresolved is stated by the caller (the violations and accidents records) until those areas
/// answer it themselves.
/// </summary>
public sealed record CompleteReviewEducation(string HolderIdNumber, decimal Hours, bool UnresolvedViolationsOrAccidents,
    long? ExpectedVersion, CommandContext Context);

public static class CompleteReviewEducationHandler
{
    public static Task<LicenceWritten> Handle(CompleteReviewEducation command, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation) =>
        LicenceStream.Decide(session, LicenceStream.ParseHolder(command.HolderIdNumber), command.ExpectedVersion,
            command.Context, nameof(CompleteReviewEducation),
            l => [PointsRules.CompleteReviewEducation(l, command.Hours, command.UnresolvedViolationsOrAccidents, clock.GetUtcNow())],
            cancellation);
}
