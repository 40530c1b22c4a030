using Marten;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Identities;
using TrafficCqrs.Projections.Cases;

namespace TrafficCqrs.Application.Identities;

/// <summary>One verification as read back, with its standing now.</summary>
public sealed record VerificationView(
    string Method,
    string VerifiedBy,
    string Channel,
    string Office,
    DateTimeOffset VerifiedAt,
    DateTimeOffset ValidUntil,
    string Status,
    DateTimeOffset? RevokedAt,
    string? RevocationReason);

/// <summary>
/// A case as it appears in a person's history across channels (window, kiosk, online, outlet): where
/// it was done, on what identity, and what was mailed. Holds the full ID number: personal data,
/// served only to those handling or supervising cases.
/// </summary>
public sealed record PersonCase(
    Guid Id,
    string IdNumber,
    string BusinessType,
    string Channel,
    string Office,
    string? Counter,
    string? Outlet,
    CaseStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    string? IdentitySource,
    IReadOnlyList<MailingEntry> Mailings)
{
    public static PersonCase From(CaseSummary c) => new(c.Id, c.ApplicantIdNumber, c.BusinessType, c.Channel,
        c.Office, c.Counter, c.Outlet, c.Status, c.OpenedAt, c.ClosedAt, c.IdentitySource, c.Mailings);
}

/// <summary>A person's verifications, newest first, and whether one stands now.</summary>
public sealed record IdentityView(string IdNumber, bool Verified, IReadOnlyList<VerificationView> Verifications);

public static class IdentityQueries
{
    public static async Task<IdentityView> Verifications(IQuerySession session, string idNumber, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var person = await session.Events.AggregateStreamAsync<PersonIdentity>(PersonIds.For(idNumber), token: cancellation);
        var list = (person?.Verifications ?? []).Reverse()
            .Select(v => new VerificationView(v.Method, v.VerifiedBy, v.Channel, v.Office, v.VerifiedAt, v.ValidUntil,
                v.StatusAt(now), v.RevokedAt, v.RevocationReason))
            .ToList();
        return new IdentityView(idNumber, person?.ValidAt(now) is not null, list);
    }

    /// <summary>Every case of the person, through every channel, newest first.</summary>
    public static async Task<IReadOnlyList<PersonCase>> Cases(IQuerySession session, string idNumber,
        CancellationToken cancellation) =>
        (await session.Query<CaseSummary>().Where(x => x.ApplicantIdNumber == idNumber)
            .OrderByDescending(x => x.OpenedAtUtc).ToListAsync(cancellation))
        .Select(PersonCase.From).ToList();
}
