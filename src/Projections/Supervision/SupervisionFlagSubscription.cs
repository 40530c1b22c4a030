using System.Text.Json;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Projections.Supervision;

/// <summary>
/// Raises supervision flags as events arrive, in global order (async daemon): many replacement
/// cases for one person, and staff acting outside office hours (one flag per user and day).
/// </summary>
public sealed class SupervisionFlagSubscription : SubscriptionBase
{
    public const string SubscriptionName = "SupervisionFlags";

    public SupervisionFlagSubscription()
    {
        Name = SubscriptionName;
    }

    public override async Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller,
        IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var tallies = new Dictionary<string, ReplacementTally>();
        var raised = new HashSet<Guid>();
        foreach (var e in page.Events)
        {
            var at = e.Timestamp;
            var channel = e.GetHeader("channel")?.ToString();
            var office = e.GetHeader("office")?.ToString();
            if (e.UserName is { } user && channel is Channels.Window or Channels.Outlet && FlagRules.IsOutsideOfficeHours(at))
            {
                var day = DateOnly.FromDateTime(at.ToOffset(WorkingDays.OfficeOffset).DateTime);
                var id = DeterministicIds.For($"flag:{FlagRules.OutsideOfficeHours}:{user}:{day:yyyy-MM-dd}");
                if (raised.Add(id) && await operations.LoadAsync<SupervisionFlag>(id, cancellationToken) is null)
                    operations.Store(Flag(id, FlagRules.OutsideOfficeHours, TraceKeyKinds.User, user, office, e.Sequence,
                        e.StreamId, e.EventTypeName, at,
                        $"{user} acted outside office hours on {day:yyyy-MM-dd} ({at.ToOffset(WorkingDays.OfficeOffset):HH:mm} Beijing time).",
                        $"/api/audit/timeline?user={Uri.EscapeDataString(user)}&from={day:yyyy-MM-dd}"));
            }

            if (e.Data is CaseOpened opened && FlagRules.ReplacementBusinessTypes.Contains(opened.BusinessType))
            {
                var person = opened.ApplicantIdNumber;
                if (!tallies.TryGetValue(person, out var tally))
                    tallies[person] = tally = await operations.LoadAsync<ReplacementTally>(person, cancellationToken)
                                              ?? new ReplacementTally { Id = person };
                tally.Openings = tally.Openings.Where(o => at - o <= FlagRules.ReplacementWindow).Append(at).ToList();
                if (FlagRules.TooManyReplacements(tally.Openings))
                {
                    var id = DeterministicIds.For($"flag:{FlagRules.FrequentReplacements}:{e.Sequence}");
                    operations.Store(Flag(id, FlagRules.FrequentReplacements, TraceKeyKinds.IdNumber,
                        ResidentIdNumber.Mask(person), opened.Office, e.Sequence, e.StreamId, e.EventTypeName, at,
                        $"{tally.Openings.Count} replacement cases within {FlagRules.ReplacementWindow.TotalDays:0} days " +
                        $"for applicant {ResidentIdNumber.Mask(person)} (latest: {opened.BusinessType}).",
                        $"/api/audit/timeline?idNumber={person}"));
                }
            }
        }

        foreach (var tally in tallies.Values) operations.Store(tally);
        return NullChangeListener.Instance;
    }

    private static SupervisionFlag Flag(Guid id, string kind, string subjectKind, string subject, string? office,
        long sequence, Guid streamId, string eventType, DateTimeOffset at, string detail, string trace) => new()
    {
        Id = id, Kind = kind, SubjectKind = subjectKind, Subject = subject, Office = office, Sequence = sequence,
        StreamId = streamId, EventType = eventType, RaisedAt = at, Detail = detail, Trace = trace,
    };
}
