using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Catalogue;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Application.Cases;

/// <summary>What a workflow knows about a case being opened.</summary>
public sealed record CaseOpening(
    Guid CaseId,
    BusinessType Type,
    string ApplicantIdNumber,
    string? Subject,
    IReadOnlyDictionary<string, string> Details,
    Actor Actor,
    DateTimeOffset Now);

/// <summary>The outcome of one internal record check.</summary>
public sealed record RecordCheck(string Check, string Source, bool Passed, string Detail);

/// <summary>
/// The business behind a case: what the office checks in its own records when the case opens
/// (instead of asking for paper), and what changes elsewhere when it completes, in the same
/// transaction. One implementation per area; each names the business types it serves. Found and
/// registered by <see cref="ApplicationServices"/>, so a new one needs no wiring.
/// </summary>
public interface ICaseWorkflow
{
    IReadOnlyCollection<string> BusinessTypes { get; }

    /// <summary>Checks the records; throws <see cref="DomainRuleException"/> to refuse opening the case.</summary>
    Task<IReadOnlyList<RecordCheck>> CheckRecords(CaseOpening opening, IDocumentSession session,
        CancellationToken cancellation);

    /// <summary>
    /// Carries the completed business into its own streams (a licence replaced, a vehicle
    /// registered) on the same session; throws <see cref="DomainRuleException"/> to refuse completion.
    /// </summary>
    Task Fulfil(ServiceCase serviceCase, CommandContext context, DateTimeOffset now, IDocumentSession session,
        CancellationToken cancellation);
}

/// <summary>The workflows by business type. A type without one is a plain case: no checks, nothing to fulfil.</summary>
public sealed class CaseWorkflows
{
    private readonly Dictionary<string, ICaseWorkflow> _byType = new(StringComparer.OrdinalIgnoreCase);

    public CaseWorkflows(IEnumerable<ICaseWorkflow> workflows)
    {
        foreach (var workflow in workflows)
        foreach (var type in workflow.BusinessTypes)
            if (!_byType.TryAdd(type, workflow))
                throw new InvalidOperationException($"Two workflows claim business type {type}.");
    }

    public ICaseWorkflow? For(string businessType) => _byType.GetValueOrDefault(businessType);
}
