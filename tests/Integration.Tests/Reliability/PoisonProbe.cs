using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TrafficCqrs.Domain.Cases;

namespace TrafficCqrs.Integration.Tests.Reliability;

/// <summary>What the probe saw of one case: how many times its opening was projected.</summary>
public sealed class ProbeSeen
{
    public Guid Id { get; set; }
    public int Times { get; set; }
}

/// <summary>
/// A test-only asynchronous projection that can be made to throw on one applicant's case, to show
/// what a projection bug does to the daemon: it stops that projection only, and once fixed the
/// projection resumes where it stopped, losing and repeating nothing.
/// </summary>
public partial class PoisonProbeProjection : EventProjection
{
    public const string ProjectionName = "PoisonProbe";

    /// <summary>While set, opening a case for this applicant makes the projection throw.</summary>
    public static volatile string? PoisonApplicant;

    public PoisonProbeProjection()
    {
        Name = ProjectionName;
    }

    public async Task Project(IEvent<CaseOpened> e, IDocumentOperations operations, CancellationToken cancellation)
    {
        if (e.Data.ApplicantIdNumber == PoisonApplicant)
            throw new InvalidOperationException("The probe cannot handle this applicant (a deliberate bug).");
        var seen = await operations.LoadAsync<ProbeSeen>(e.Data.CaseId, cancellation) ?? new ProbeSeen { Id = e.Data.CaseId };
        seen.Times++;
        operations.Store(seen);
    }
}
