using JasperFx.CodeGeneration;
using Marten.Exceptions;
using Wolverine.Attributes;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace TrafficCqrs.Application.WindowService;

/// <summary>
/// Runs the handler again, from a fresh read, when another request wrote the same stream first
/// (for example two kiosks drawing the office's next number at once).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RetryOnWriteRaceAttribute : ModifyHandlerChainAttribute
{
    public override void Modify(HandlerChain chain, GenerationRules rules) =>
        chain.OnException<JasperFx.ConcurrencyException>()
            .Or<ExistingStreamIdCollisionException>()
            .RetryWithCooldown(TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(25), TimeSpan.FromMilliseconds(50),
                TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200));
}
