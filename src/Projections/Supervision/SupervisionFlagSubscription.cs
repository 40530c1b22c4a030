using System.Globalization;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Identifiers;
using TrafficCqrs.Domain.Outlets;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Projections.Supervision;

/// <summary>
/// Raises supervision flags as events arrive, in global order (async daemon): many replacement
/// cases for one person, staff acting outside office hours, an outlet's day far above its average,
/// a case accepted and completed implausibly fast by one user, and repeated refused outlet attempts.
/// The rules are in <see cref="FlagRules"/>; this class only counts. Each flag is raised once (its id
/// is derived from what it is about), so a page handed over again raises nothing new.
/// Trace links filter the timeline by stored timestamps, taken from the events of the pattern itself.
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
        var batch = new Batch(operations, cancellationToken);
        // The acceptance notes the page's completions will ask for, read in one query.
        await batch.PreloadNotes(page.Events.Select(e => e.Data).OfType<CaseCompleted>().Select(c => c.CaseId));
        foreach (var e in page.Events)
        {
            OutsideOfficeHours(batch, e);
            switch (e.Data)
            {
                case CaseOpened opened:
                    await FrequentReplacements(batch, e, opened);
                    await OutletVolume(batch, e, opened);
                    break;
                case CaseAccepted accepted:
                    batch.Notes[accepted.CaseId] = new CaseAcceptanceNote
                    {
                        Id = accepted.CaseId, AcceptedBy = e.UserName, AcceptedAt = accepted.AcceptedAt,
                    };
                    break;
                case CaseCompleted completed:
                    await FastCase(batch, e, completed);
                    batch.Notes[completed.CaseId] = null;
                    break;
                case CaseRejected rejected:
                    batch.Notes[rejected.CaseId] = null;
                    break;
                case CaseWithdrawn withdrawn:
                    batch.Notes[withdrawn.CaseId] = null;
                    break;
                case OutletActionRefused refused:
                    await Refusals(batch, e, refused);
                    break;
            }
        }

        await batch.Save();
        return NullChangeListener.Instance;
    }

    private static void OutsideOfficeHours(Batch batch, IEvent e)
    {
        var at = e.Timestamp;
        var channel = e.GetHeader("channel")?.ToString();
        if (e.UserName is not { } user || channel is not (Channels.Window or Channels.Outlet)
                                       || !FlagRules.IsOutsideOfficeHours(at))
            return;
        var day = FlagRules.OfficeDay(at);
        var dayStart = OfficeCalendar.StartOf(day);
        batch.RaiseOnce($"{FlagRules.OutsideOfficeHours}:{user}:{day:yyyy-MM-dd}", id => Flag(id,
            FlagRules.OutsideOfficeHours, TraceKeyKinds.User, user, Office(e), e,
            $"{user} acted outside office hours on {day:yyyy-MM-dd} ({at.ToOffset(WorkingDays.OfficeOffset):HH:mm} Beijing time).",
            $"/api/audit/timeline?user={Uri.EscapeDataString(user)}&from={Instant(dayStart)}&to={Instant(dayStart.AddDays(1))}"));
    }

    private static async Task FrequentReplacements(Batch batch, IEvent e, CaseOpened opened)
    {
        if (!FlagRules.ReplacementBusinessTypes.Contains(opened.BusinessType)) return;
        var person = opened.ApplicantIdNumber;
        var at = opened.OpenedAt;
        var tally = await batch.Replacements.Get(person) ?? new ReplacementTally { Id = person };
        tally.Openings = tally.Openings.Where(o => at - o <= FlagRules.ReplacementWindow).Append(at).Order().ToList();
        batch.Replacements.Put(person, tally);
        if (!FlagRules.TooManyReplacements(tally.Openings)) return;
        batch.RaiseOnce($"{FlagRules.FrequentReplacements}:{e.Sequence}", id => Flag(id,
            FlagRules.FrequentReplacements, TraceKeyKinds.IdNumber, ResidentIdNumber.Mask(person), opened.Office, e,
            $"{tally.Openings.Count} replacement cases within {FlagRules.ReplacementWindow.TotalDays:0} days " +
            $"for applicant {ResidentIdNumber.Mask(person)} (latest: {opened.BusinessType}).",
            $"/api/audit/timeline?idNumber={person}"));
    }

    private static async Task OutletVolume(Batch batch, IEvent e, CaseOpened opened)
    {
        if (opened.Outlet is not { } outlet) return;
        var day = FlagRules.OfficeDay(opened.OpenedAt);
        var tally = await batch.Volumes.Get(outlet) ?? new OutletVolumeTally { Id = outlet };
        var today = tally.Days.Find(d => d.Day == day);
        if (today is null)
            tally.Days.Add(today = new OutletDay { Day = day, FirstStoredAt = e.Timestamp });
        today.Opened++;
        // Only the days a later day can still compare itself with are kept.
        var newest = tally.Days.Max(d => d.Day);
        tally.Days.RemoveAll(d => d.Day < newest.AddDays(-FlagRules.VolumeBaselineDays));
        batch.Volumes.Put(outlet, tally);

        var average = FlagRules.AverageDay(tally.Days.ToDictionary(d => d.Day, d => d.Opened), day);
        if (!FlagRules.IsVolumeSpike(today.Opened, average)) return;
        batch.RaiseOnce($"{FlagRules.OutletVolumeSpike}:{outlet}:{day:yyyy-MM-dd}", id => Flag(id,
            FlagRules.OutletVolumeSpike, TraceKeyKinds.Outlet, outlet, opened.Office, e,
            $"Outlet {outlet} opened {today.Opened} cases on {day:yyyy-MM-dd} against an average day of " +
            $"{average.ToString("0.#", CultureInfo.InvariantCulture)} over the previous {FlagRules.VolumeBaselineDays} days " +
            $"(flagged from {FlagRules.VolumeSpikeMinimumCases} and more than {FlagRules.VolumeSpikeFactor} times the average).",
            $"/api/audit/timeline?outlet={Uri.EscapeDataString(outlet)}&from={Instant(today.FirstStoredAt)}&to={Instant(Through(e))}"));
    }

    private static async Task FastCase(Batch batch, IEvent e, CaseCompleted completed)
    {
        if (await batch.Notes.Get(completed.CaseId) is not { } note) return;
        if (!FlagRules.IsImplausiblyFast(note.AcceptedBy, note.AcceptedAt, e.UserName, completed.CompletedAt)) return;
        var user = e.UserName!;
        var took = completed.CompletedAt - note.AcceptedAt;
        batch.RaiseOnce($"{FlagRules.ImplausiblyFastCase}:{completed.CaseId}", id => Flag(id,
            FlagRules.ImplausiblyFastCase, TraceKeyKinds.User, user, Office(e), e,
            $"{user} accepted and completed case {completed.CaseId} in " +
            $"{took.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} seconds " +
            $"(flagged under {FlagRules.PlausibleCaseDuration.TotalSeconds:0}).",
            $"/api/audit/timeline?caseId={completed.CaseId}"));
    }

    private static async Task Refusals(Batch batch, IEvent e, OutletActionRefused refused)
    {
        var user = refused.UserId;
        var day = FlagRules.OfficeDay(refused.RefusedAt);
        var key = $"{user}:{day:yyyy-MM-dd}";
        var tally = await batch.Refusals.Get(key) ?? new RefusalTally { Id = key, FirstStoredAt = e.Timestamp };
        tally.Refused++;
        batch.Refusals.Put(key, tally);
        if (!FlagRules.TooManyRefusals(tally.Refused)) return;
        batch.RaiseOnce($"{FlagRules.RefusedAuthorisationAttempts}:{key}", id => Flag(id,
            FlagRules.RefusedAuthorisationAttempts, TraceKeyKinds.User, user, Office(e), e,
            $"{user} was refused {tally.Refused} times on {day:yyyy-MM-dd} acting for outlet {refused.OutletCode} " +
            $"(latest: {refused.Command} {refused.BusinessType}, {refused.Code}).",
            $"/api/audit/timeline?user={Uri.EscapeDataString(user)}&from={Instant(tally.FirstStoredAt)}&to={Instant(Through(e))}"));
    }

    private static string? Office(IEvent e) => e.GetHeader("office")?.ToString();

    /// <summary>Just after the event's stored timestamp (microseconds), so an exclusive "to" includes it.</summary>
    private static DateTimeOffset Through(IEvent e) => e.Timestamp.AddTicks(10);

    /// <summary>In UTC: the timeline answers 500 to an instant with another offset (Npgsql writes only UTC to timestamptz).</summary>
    private static string Instant(DateTimeOffset at) =>
        Uri.EscapeDataString(at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));

    private static SupervisionFlag Flag(Guid id, string kind, string subjectKind, string subject, string? office,
        IEvent e, string detail, string trace) => new()
    {
        Id = id, Kind = kind, SubjectKind = subjectKind, Subject = subject, Office = office, Sequence = e.Sequence,
        StreamId = e.StreamId, EventType = e.EventTypeName, RaisedAt = e.Timestamp, Detail = detail, Trace = trace,
    };

    /// <summary>The documents one page reads and changes, stored once at its end.</summary>
    private sealed class Batch(IDocumentOperations operations, CancellationToken cancellation)
    {
        /// <summary>The flags the page raised, the first of each id; stored at the end unless raised before.</summary>
        private readonly Dictionary<Guid, SupervisionFlag> _raised = [];

        public Cache<string, ReplacementTally> Replacements { get; } = new(operations, cancellation);
        public Cache<string, OutletVolumeTally> Volumes { get; } = new(operations, cancellation);
        public Cache<string, RefusalTally> Refusals { get; } = new(operations, cancellation);
        public Cache<Guid, CaseAcceptanceNote> Notes { get; } = new(operations, cancellation);

        public async Task PreloadNotes(IEnumerable<Guid> caseIds)
        {
            var wanted = caseIds.Distinct().ToArray();
            if (wanted.Length == 0) return;
            var found = (await operations.LoadManyAsync<CaseAcceptanceNote>(cancellation, wanted)).ToDictionary(n => n.Id);
            foreach (var id in wanted)
                Notes.Known(id, found.GetValueOrDefault(id));
        }

        public void RaiseOnce(string key, Func<Guid, SupervisionFlag> flag)
        {
            var id = DeterministicIds.For("flag:" + key);
            if (!_raised.ContainsKey(id)) _raised[id] = flag(id);
        }

        public async Task Save()
        {
            Replacements.Save();
            Volumes.Save();
            Refusals.Save();
            Notes.Save();
            if (_raised.Count == 0) return;
            // Whether each flag was raised by an earlier page: one query for the page, not one per flag.
            foreach (var earlier in await operations.LoadManyAsync<SupervisionFlag>(cancellation, _raised.Keys))
                _raised.Remove(earlier.Id);
            foreach (var flag in _raised.Values)
                operations.Store(flag);
        }
    }

    /// <summary>Loaded once per page; a null entry is a document to delete.</summary>
    private sealed class Cache<TKey, T>(IDocumentOperations operations, CancellationToken cancellation)
        where TKey : notnull where T : class
    {
        private readonly Dictionary<TKey, T?> _entries = [];
        private readonly HashSet<TKey> _changed = [];

        /// <summary>The keys read and found to have no document in the database: nothing to delete there.</summary>
        private readonly HashSet<TKey> _absent = [];

        public T? this[TKey key]
        {
            set => Put(key, value);
        }

        public async Task<T?> Get(TKey key)
        {
            if (_entries.TryGetValue(key, out var known)) return known;
            var loaded = key switch
            {
                string s => await operations.LoadAsync<T>(s, cancellation),
                Guid g => await operations.LoadAsync<T>(g, cancellation),
                _ => throw new NotSupportedException(typeof(TKey).Name),
            };
            _entries[key] = loaded;
            if (loaded is null) _absent.Add(key);
            return loaded;
        }

        /// <summary>A document read ahead (null: there is none), for the gets that follow.</summary>
        public void Known(TKey key, T? document)
        {
            if (_entries.TryAdd(key, document) && document is null) _absent.Add(key);
        }

        public void Put(TKey key, T? value)
        {
            _entries[key] = value;
            _changed.Add(key);
        }

        public void Save()
        {
            foreach (var key in _changed)
            {
                if (_entries[key] is { } document) operations.Store(document);
                // Read as absent, then written and removed within the page (a case accepted and
                // completed between two polls): nothing reached the database, nothing to delete.
                else if (_absent.Contains(key)) continue;
                else if (key is string s) operations.Delete<T>(s);
                else if (key is Guid g) operations.Delete<T>(g);
            }
        }
    }
}
