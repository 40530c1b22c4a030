using Marten;
using TrafficCqrs.Domain.Common;

namespace TrafficCqrs.Application.Common;

/// <summary>
/// What every command carries besides its business data: the actor (from the caller's identity),
/// the correlation id that ties one journey together, and this command's own id, recorded as the
/// causation of the events it produces.
/// </summary>
public sealed record CommandContext(Actor Actor, string CorrelationId, Guid CommandId)
{
    /// <summary>Records who, where and why on the session, so every event appended carries it.</summary>
    public void Stamp(IDocumentSession session, string commandName)
    {
        session.CorrelationId = CorrelationId;
        session.CausationId = CommandId.ToString();
        session.LastModifiedBy = Actor.UserId;
        session.SetHeader(EventHeaders.Command, commandName);
        session.SetHeader(EventHeaders.Roles, string.Join(',', Actor.Roles));
        session.SetHeader(EventHeaders.Office, Actor.Office);
        session.SetHeader(EventHeaders.Channel, Actor.Channel);
        if (Actor.Counter is not null) session.SetHeader(EventHeaders.Counter, Actor.Counter);
        if (Actor.Outlet is not null) session.SetHeader(EventHeaders.Outlet, Actor.Outlet);
    }
}

/// <summary>Names of the headers stored with each event.</summary>
public static class EventHeaders
{
    public const string Command = "command";
    public const string Roles = "roles";
    public const string Office = "office";
    public const string Counter = "counter";
    public const string Outlet = "outlet";
    public const string Channel = "channel";
}
