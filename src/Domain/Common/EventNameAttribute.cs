namespace TrafficCqrs.Domain.Common;

/// <summary>
/// The stable name an event is stored under. Never change it once events with it exist: a changed
/// meaning is a new event type with a new name.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
