using FluentAssertions;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using TrafficCqrs.Domain.Cases;
using TrafficCqrs.Domain.Vehicles;
using TrafficCqrs.Projections.Inline;

namespace TrafficCqrs.Integration.Tests.Projections;

/// <summary>An inline projection sees a save only when the save holds an event it reads, and then all of it.</summary>
public sealed class an_inline_projection_is_screened
{
    private sealed class Recording : IInlineProjection<IDocumentOperations>
    {
        public List<IReadOnlyList<StreamAction>> Saves { get; } = [];

        public Task ApplyAsync(IDocumentOperations operations, IEnumerable<StreamAction> streams, CancellationToken cancellation)
        {
            Saves.Add(streams.ToList());
            return Task.CompletedTask;
        }
    }

    private static readonly Func<Type, bool> ReadsVehicleEvents = type => type.Namespace == typeof(VehicleSeized).Namespace;

    private static StreamAction Stream(params object[] events) =>
        StreamAction.Append(Guid.NewGuid(), events.Select(e => (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(e.GetType()), e)!).ToArray());

    private static object CaseEvent() => new CaseAccepted(Guid.NewGuid(), DateTimeOffset.UtcNow);

    private static object VehicleEvent() => new VehicleSeized(Guid.NewGuid(), "LSVAU2180N2184477", "court", "order", DateTimeOffset.UtcNow);

    [Fact]
    public async Task a_save_with_nothing_it_reads_is_not_passed_on()
    {
        var inner = new Recording();
        var screen = new InlineScreen(inner, ReadsVehicleEvents);

        await screen.ApplyAsync(null!, [Stream(CaseEvent(), CaseEvent())], CancellationToken.None);

        inner.Saves.Should().BeEmpty();
    }

    [Fact]
    public async Task a_save_with_one_event_it_reads_is_passed_on_whole()
    {
        var inner = new Recording();
        var screen = new InlineScreen(inner, ReadsVehicleEvents);
        var caseStream = Stream(CaseEvent());
        var vehicleStream = Stream(CaseEvent(), VehicleEvent());

        await screen.ApplyAsync(null!, [caseStream, vehicleStream], CancellationToken.None);

        inner.Saves.Should().ContainSingle().Which.Should().Equal(caseStream, vehicleStream);
    }

    [Fact]
    public async Task the_question_is_asked_once_per_event_type()
    {
        var asked = new List<Type>();
        var screen = new InlineScreen(new Recording(), type =>
        {
            asked.Add(type);
            return false;
        });

        for (var i = 0; i < 3; i++)
            await screen.ApplyAsync(null!, [Stream(CaseEvent(), CaseEvent()), Stream(VehicleEvent())], CancellationToken.None);

        asked.Should().BeEquivalentTo([typeof(CaseAccepted), typeof(VehicleSeized)]);
    }
}
